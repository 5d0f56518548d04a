package com.dentalai.hub.domain.billing;

import java.time.Instant;

/**
 * What one Stripe event says about a subscription, in the hub's words.
 *
 * @param eventId Stripe's event id, the de-duplication key
 * @param eventCreated when Stripe created the event: the order in which changes apply
 */
public record SubscriptionChange(
        String eventId,
        Instant eventCreated,
        String customerId,
        String subscriptionId,
        String plan,
        SubscriptionStatus status,
        Instant currentPeriodEnd) {}
