package com.dentalai.hub.domain.billing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What Yosef tells a clinic admin about the clinic's own subscription to the hub.
 *
 * @param status Stripe's status, or null before any event
 * @param standing active, grace or suspended
 * @param graceUntil the last day of grace while past due; null otherwise
 * @param lastInvoice the newest Stripe invoice of the clinic's customer; null when none
 */
public record SubscriptionFacts(
        SubscriptionStatus status,
        String plan,
        Instant currentPeriodEnd,
        String standing,
        LocalDate graceUntil,
        StripeInvoice lastInvoice) {

    /** One of the clinic's Stripe invoices (the hub's own bill to the clinic). */
    public record StripeInvoice(
            String number, long amountMinor, String currency, String status, String hostedUrl, Instant created) {}
}
