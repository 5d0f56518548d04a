package com.dentalai.hub.domain.tenant;

/**
 * The tenant's subscription billing. {@code graceDays} (default 7) is how long service continues
 * after a failed payment; {@code stripeConnectedAccountEnv} names the env var holding a Stripe
 * Connect account id, or is {@code null} when the tenant is billed on the platform account.
 */
public record BillingSettings(Integer graceDays, String stripeConnectedAccountEnv) {

    public static final int DEFAULT_GRACE_DAYS = 7;

    public BillingSettings {
        graceDays = graceDays == null ? DEFAULT_GRACE_DAYS : graceDays;
    }

    public static BillingSettings defaults() {
        return new BillingSettings(null, null);
    }
}
