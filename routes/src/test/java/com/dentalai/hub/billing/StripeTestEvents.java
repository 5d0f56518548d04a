package com.dentalai.hub.billing;

import com.dentalai.hub.connectors.StandInCredentials;
import com.stripe.net.Webhook;
import java.time.Instant;
import java.util.UUID;

/**
 * The project's own Stripe event payloads, in the shape of Stripe's (see the real ones under
 * ../shared/fixtures/stripe), and signing with the test endpoint secret.
 */
final class StripeTestEvents {

    static final String SECRET = StandInCredentials.get("stand-in.billing.webhook-secret");

    /** The Connect endpoint's secret: events on connected accounts (patients' payments) are signed with it. */
    static final String CONNECT_SECRET = StandInCredentials.get("stand-in.billing.connect-webhook-secret");

    private StripeTestEvents() {}

    static String eventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    static String checkoutCompleted(
            String eventId, Instant created, String tenant, String customer, String subscription) {
        return envelope(
                eventId,
                created,
                "checkout.session.completed",
                """
                {"id":"cs_test_%s","object":"checkout.session","mode":"subscription","status":"complete",
                 "payment_status":"paid","client_reference_id":%s,"customer":"%s","subscription":"%s",
                 "amount_total":35000,"currency":"ils","customer_details":{"email":"billing@example.com"},
                 "metadata":{},"success_url":"https://hub.example/billing/success","url":null}"""
                        .formatted(eventId, tenant == null ? "null" : "\"" + tenant + "\"", customer, subscription));
    }

    static String subscription(
            String eventId, Instant created, String type, String customer, String subscription, String status) {
        return subscription(eventId, created, type, customer, subscription, status, "{}");
    }

    static String subscription(
            String eventId,
            Instant created,
            String type,
            String customer,
            String subscription,
            String status,
            String metadata) {
        return envelope(
                eventId,
                created,
                type,
                """
                {"id":"%s","object":"subscription","customer":"%s","status":"%s","cancel_at_period_end":false,
                 "created":%d,"current_period_start":%d,"current_period_end":%d,"metadata":%s,
                 "items":{"object":"list","data":[{"id":"si_hub","object":"subscription_item",
                   "plan":{"id":"price_hub_basic","object":"plan","interval":"month"},
                   "price":{"id":"price_hub_basic","object":"price","recurring":{"interval":"month"}}}]}}"""
                        .formatted(
                                subscription,
                                customer,
                                status,
                                created.getEpochSecond(),
                                created.getEpochSecond(),
                                created.plusSeconds(30L * 86400).getEpochSecond(),
                                metadata));
    }

    static String invoice(String eventId, Instant created, String type, String customer, String subscription) {
        boolean paid = type.endsWith("succeeded");
        return envelope(
                eventId,
                created,
                type,
                """
                {"id":"in_%s","object":"invoice","customer":"%s","subscription":"%s","paid":%s,
                 "status":"%s","amount_due":35000,"attempt_count":1,"billing_reason":"subscription_cycle",
                 "hosted_invoice_url":"https://invoice.stripe.com/i/test"}"""
                        .formatted(eventId, customer, subscription, paid, paid ? "paid" : "open"));
    }

    static String envelope(String eventId, Instant created, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"2024-06-20","created":%d,"data":{"object":%s},
                 "livemode":false,"pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s"}"""
                .formatted(eventId, created.getEpochSecond(), object, type);
    }

    /** A {@code Stripe-Signature} header for {@code body} signed at {@code t}. */
    static String sign(String body, Instant t) {
        return signWith(SECRET, body, t);
    }

    static String signWith(String secret, String body, Instant t) {
        try {
            return "t=" + t.getEpochSecond() + ",v1="
                    + Webhook.Util.computeHmacSha256(secret, t.getEpochSecond() + "." + body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
