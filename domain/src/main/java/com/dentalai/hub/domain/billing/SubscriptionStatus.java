package com.dentalai.hub.domain.billing;

import java.util.Locale;

/** Stripe's subscription statuses, as the hub keeps them. */
public enum SubscriptionStatus {
    INCOMPLETE,
    INCOMPLETE_EXPIRED,
    TRIALING,
    ACTIVE,
    PAST_DUE,
    UNPAID,
    CANCELED,
    PAUSED;

    /** Canceled and expired subscriptions never come back: a new subscription is a new object. */
    public boolean isTerminal() {
        return this == CANCELED || this == INCOMPLETE_EXPIRED;
    }

    public static SubscriptionStatus fromStripe(String status) {
        return valueOf(status.trim().toUpperCase(Locale.ROOT));
    }
}
