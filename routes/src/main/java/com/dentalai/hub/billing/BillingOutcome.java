package com.dentalai.hub.billing;

/**
 * What the hub made of one Stripe event, as recorded in {@code stripe_events}.
 *
 * @param tenant the tenant the event concerned, or {@code null} when none could be found
 * @param outcome {@code applied}, {@code ignored}, {@code unknown-customer}, {@code unknown-tenant},
 *     {@code conflict}, {@code recorded} or {@code unhandled-type}
 * @param detail a short, PHI-free reason
 */
record BillingOutcome(String tenant, String outcome, String detail) {

    static BillingOutcome of(String tenant, String outcome, String detail) {
        return new BillingOutcome(tenant, outcome, detail);
    }
}
