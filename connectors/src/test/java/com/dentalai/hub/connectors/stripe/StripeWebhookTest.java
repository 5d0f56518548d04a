package com.dentalai.hub.connectors.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.domain.billing.SubscriptionChange;
import com.dentalai.hub.domain.billing.SubscriptionStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StripeWebhookTest {

    static final String SECRET = StandInCredentials.get("stand-in.stripe.webhook-secret");
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Path FIXTURES = Path.of("..", "..", "shared", "fixtures", "stripe");

    final ObjectMapper json = new ObjectMapper();
    final StripeWebhookVerifier verifier =
            new StripeWebhookVerifier(SECRET, Duration.ofSeconds(300), Clock.fixed(NOW, ZoneOffset.UTC));

    static String subscriptionEvent(String eventId, long created, String status) {
        return """
                {"id":"%s","object":"event","api_version":"2024-06-20","created":%d,"type":"customer.subscription.updated",
                 "data":{"object":{"id":"sub_hub1","object":"subscription","customer":"cus_hub1","status":"%s",
                   "current_period_end":1798000000,
                   "items":{"object":"list","data":[{"id":"si_1","price":{"id":"price_clinic_basic"}}]}},
                   "previous_attributes":{"status":"active"}},"livemode":false,"pending_webhooks":1}
                """
                .formatted(eventId, created, status);
    }

    static String sign(String body, long t) throws Exception {
        return "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(SECRET, t + "." + body);
    }

    @Test
    void aFreshlySignedEventVerifiesAndReadsAsASubscriptionChange() throws Exception {
        String body = subscriptionEvent("evt_hub_1", NOW.getEpochSecond() - 5, "past_due");

        verifier.verify(body.getBytes(StandardCharsets.UTF_8), sign(body, NOW.getEpochSecond() - 5));
        StripeEvent event = new StripeEventReader(json).read(body.getBytes(StandardCharsets.UTF_8));
        SubscriptionChange change = event.subscriptionChange();

        assertThat(event.isSubscriptionEvent()).isTrue();
        assertThat(change.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(change.plan()).isEqualTo("price_clinic_basic");
        assertThat(change.customerId()).isEqualTo("cus_hub1");
        assertThat(change.currentPeriodEnd()).isEqualTo(Instant.ofEpochSecond(1798000000));
    }

    @Test
    void forgedOldMissingOrReserialisedSignaturesAreRejected() throws Exception {
        String body = subscriptionEvent("evt_hub_2", NOW.getEpochSecond(), "active");
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String good = sign(body, NOW.getEpochSecond());
        String reserialised = json.writeValueAsString(json.readTree(body));

        assertThatThrownBy(() -> verifier.verify(raw, null)).isInstanceOf(StripeSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(raw, "t=1,v1=zz")).isInstanceOf(StripeSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(raw, sign(body, NOW.getEpochSecond() - 301)))
                .isInstanceOf(StripeSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(reserialised.getBytes(StandardCharsets.UTF_8), good))
                .isInstanceOf(StripeSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(raw, good.replace("v1=", "v0=")))
                .isInstanceOf(StripeSignatureException.class);
        assertThat(verifier.toString()).doesNotContain(SECRET);
    }

    @Test
    void anyMatchingV1IsEnough() throws Exception {
        String body = subscriptionEvent("evt_hub_3", NOW.getEpochSecond(), "active");
        long t = NOW.getEpochSecond();

        verifier.verify(
                body.getBytes(StandardCharsets.UTF_8),
                "t=" + t + ",v1=deadbeef," + sign(body, t).substring(("t=" + t + ",").length()));
    }

    @Test
    void malformedEventsFailClearly() {
        StripeEventReader reader = new StripeEventReader(json);

        assertThatThrownBy(() -> reader.read("nope".getBytes())).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> reader.read("{\"object\":\"list\"}".getBytes()))
                .hasMessageContaining("not a Stripe event");
        assertThatThrownBy(() -> reader.read("{\"object\":\"event\",\"id\":\"evt\",\"type\":\"x\"}".getBytes()))
                .hasMessageContaining("data.object");
    }

    @Test
    void theDerivedVectorFromTheSharedFixturesVerifies() throws Exception {
        assumeTrue(Files.isDirectory(FIXTURES), "shared fixtures not present");
        JsonNode vector =
                json.readTree(FIXTURES.resolve("signature_vector_derived.json").toFile());
        byte[] body =
                Files.readAllBytes(FIXTURES.resolve(vector.path("body_file").asText()));
        StripeWebhookVerifier atSigningTime = new StripeWebhookVerifier(
                vector.path("endpoint_secret").asText(),
                Duration.ofSeconds(300),
                Clock.fixed(Instant.ofEpochSecond(vector.path("timestamp").asLong()), ZoneOffset.UTC));

        atSigningTime.verify(body, vector.path("stripe_signature_header").asText());
        atSigningTime.verify(
                body,
                vector.path("cases").path("bad_v1_then_good_v1__must_accept").asText());
        assertThatThrownBy(() -> atSigningTime.verify(
                        body,
                        vector.path("cases").path("v0_scheme_only__must_reject").asText()))
                .isInstanceOf(StripeSignatureException.class);
    }

    @Test
    void realEventShapesFromTheSharedFixturesRead() throws Exception {
        assumeTrue(Files.isDirectory(FIXTURES), "shared fixtures not present");
        StripeEventReader reader = new StripeEventReader(json);

        StripeEvent updated =
                reader.read(Files.readAllBytes(FIXTURES.resolve("event_customer.subscription.updated.json")));
        StripeEvent deleted =
                reader.read(Files.readAllBytes(FIXTURES.resolve("event_customer.subscription.deleted.json")));
        StripeEvent checkout =
                reader.read(Files.readAllBytes(FIXTURES.resolve("event_checkout.session.completed.json")));
        StripeEvent failed = reader.read(Files.readAllBytes(FIXTURES.resolve("event_invoice.payment_failed.json")));

        assertThat(updated.subscriptionChange().subscriptionId()).startsWith("sub_");
        assertThat(deleted.subscriptionChange().status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(checkout.checkoutCompleted().sessionId()).startsWith("cs_");
        assertThat(failed.invoiceOutcome().paid()).isFalse();
    }
}
