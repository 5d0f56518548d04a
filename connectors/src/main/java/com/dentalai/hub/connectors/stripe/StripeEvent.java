package com.dentalai.hub.connectors.stripe;

import com.dentalai.hub.domain.billing.SubscriptionChange;
import com.dentalai.hub.domain.billing.SubscriptionStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A verified Stripe event: the envelope fields the hub decides on, and the hub's reading of
 * {@code data.object} for the types it handles. Readings go by field names present in every API
 * version the hub has seen, never by the Java model of one API version.
 */
public record StripeEvent(String id, String type, Instant created, String apiVersion, String account, JsonNode object) {

    public boolean isSubscriptionEvent() {
        return type.startsWith("customer.subscription.");
    }

    public SubscriptionChange subscriptionChange() {
        JsonNode items = object.path("items").path("data");
        JsonNode firstItem = items.isArray() && !items.isEmpty() ? items.get(0) : object;
        String plan = text(firstItem.path("price"), "id")
                .or(() -> text(firstItem.path("plan"), "id"))
                .orElse(null);
        long periodEnd = object.path("current_period_end")
                .asLong(firstItem.path("current_period_end").asLong(0));
        return new SubscriptionChange(
                id,
                created,
                text(object, "customer").orElse(null),
                text(object, "id").orElseThrow(() -> new IllegalArgumentException("subscription without id")),
                plan,
                SubscriptionStatus.fromStripe(text(object, "status").orElse("incomplete")),
                periodEnd > 0 ? Instant.ofEpochSecond(periodEnd) : null);
    }

    public CheckoutCompleted checkoutCompleted() {
        return new CheckoutCompleted(
                text(object, "id").orElseThrow(() -> new IllegalArgumentException("session without id")),
                text(object, "mode").orElse("payment"),
                text(object, "customer").orElse(null),
                text(object, "subscription").orElse(null),
                text(object, "client_reference_id").orElse(null),
                text(object, "payment_status").orElse(null),
                object.path("amount_total").asLong(0),
                text(object, "currency").orElse(null),
                object.path("metadata"),
                account);
    }

    public InvoiceOutcome invoiceOutcome() {
        return new InvoiceOutcome(
                text(object, "id").orElseThrow(() -> new IllegalArgumentException("invoice without id")),
                text(object, "customer").orElse(null),
                text(object, "subscription").orElse(null),
                object.path("paid").asBoolean(false),
                text(object, "status").orElse(null),
                object.path("amount_due").asLong(0),
                text(object, "hosted_invoice_url").orElse(null));
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A Checkout Session that completed: a subscription sign-up or a patient's payment link. */
    public record CheckoutCompleted(
            String sessionId,
            String mode,
            String customerId,
            String subscriptionId,
            String clientReferenceId,
            String paymentStatus,
            long amountTotal,
            String currency,
            JsonNode metadata,
            String connectedAccount) {}

    /** An invoice that was paid or failed. */
    public record InvoiceOutcome(
            String invoiceId,
            String customerId,
            String subscriptionId,
            boolean paid,
            String status,
            long amountDue,
            String hostedUrl) {}
}
