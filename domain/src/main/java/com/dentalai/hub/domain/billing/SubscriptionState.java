package com.dentalai.hub.domain.billing;

import java.time.Duration;
import java.time.Instant;

/**
 * A tenant's subscription as last applied, and the rule for applying the next event: events
 * repeat and arrive out of order, so an event older than the last one applied changes nothing,
 * and a terminal state is never undone by an older event.
 *
 * @param pastDueSince when the subscription first became past due (grace starts here)
 */
public record SubscriptionState(
        String customerId,
        String subscriptionId,
        String plan,
        SubscriptionStatus status,
        Instant currentPeriodEnd,
        String lastEventId,
        Instant lastEventCreated,
        Instant pastDueSince) {

    /** The state before any event: nothing known. */
    public static SubscriptionState none() {
        return new SubscriptionState(null, null, null, null, null, null, null, null);
    }

    public Applied apply(SubscriptionChange change) {
        if (change.eventId().equals(lastEventId)) {
            return new Applied(this, false, "duplicate event");
        }
        boolean sameSubscription = subscriptionId == null || subscriptionId.equals(change.subscriptionId());
        if (sameSubscription
                && lastEventCreated != null
                && change.eventCreated().isBefore(lastEventCreated)) {
            return new Applied(this, false, "older than the last applied event");
        }
        if (sameSubscription
                && status != null
                && status.isTerminal()
                && !change.status().isTerminal()) {
            return new Applied(this, false, "subscription already ended");
        }
        if (!sameSubscription && status != null && !status.isTerminal()) {
            // a tenant moved to a new subscription: the old one's end or stale news must not override it
            if (change.status().isTerminal()) {
                return new Applied(this, false, "another subscription ended; the current one stands");
            }
            if (lastEventCreated != null && change.eventCreated().isBefore(lastEventCreated)) {
                return new Applied(this, false, "older event for a replaced subscription");
            }
        }
        Instant pastDue = change.status() == SubscriptionStatus.PAST_DUE || change.status() == SubscriptionStatus.UNPAID
                ? (pastDueSince != null ? pastDueSince : change.eventCreated())
                : null;
        SubscriptionState next = new SubscriptionState(
                change.customerId() != null ? change.customerId() : customerId,
                change.subscriptionId(),
                change.plan() != null ? change.plan() : plan,
                change.status(),
                change.currentPeriodEnd() != null ? change.currentPeriodEnd() : currentPeriodEnd,
                change.eventId(),
                change.eventCreated(),
                pastDue);
        return new Applied(next, true, "applied");
    }

    /** Where the tenant stands: fully served, in grace, or suspended (read-only staff, polite bots). */
    public Standing standing(Instant now, Duration grace) {
        if (status == null) {
            return Standing.ACTIVE; // no billing configured yet: a new or demo tenant is served
        }
        return switch (status) {
            case ACTIVE, TRIALING -> Standing.ACTIVE;
            case PAST_DUE, UNPAID -> pastDueSince != null && now.isAfter(pastDueSince.plus(grace))
                    ? Standing.SUSPENDED
                    : Standing.GRACE;
            case CANCELED, INCOMPLETE_EXPIRED, PAUSED, INCOMPLETE -> Standing.SUSPENDED;
        };
    }

    /** The result of applying one change. */
    public record Applied(SubscriptionState state, boolean changed, String reason) {}

    /** What the gate makes of a tenant's billing. */
    public enum Standing {
        ACTIVE,
        GRACE,
        SUSPENDED
    }
}
