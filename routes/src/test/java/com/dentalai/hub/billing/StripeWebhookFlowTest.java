package com.dentalai.hub.billing;

import static com.dentalai.hub.billing.BillingTestSupport.deliver;
import static com.dentalai.hub.billing.BillingTestSupport.delivered;
import static com.dentalai.hub.billing.StripeTestEvents.eventId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.billing.SubscriptionState;
import com.dentalai.hub.domain.billing.SubscriptionState.Standing;
import com.dentalai.hub.domain.billing.SubscriptionStatus;
import com.dentalai.hub.platform.gate.RecordingAuditTrail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Signed, real-shaped Stripe events through {@code POST /webhooks/stripe} to the tenant's subscription. */
@HubTest
class StripeWebhookFlowTest {

    static final String CLINIC = "smile-tlv";
    static final Path FIXTURES = Path.of("..", "..", "shared", "fixtures", "stripe");

    @Autowired
    TestRestTemplate http;

    @Autowired
    SubscriptionStore store;

    @Autowired
    StripeEventLog events;

    @Autowired
    TenantStanding standing;

    @Autowired
    RecordingAuditTrail audit;

    final String customer = "cus_" + UUID.randomUUID().toString().substring(0, 12);
    final String sub = "sub_" + UUID.randomUUID().toString().substring(0, 12);
    final Instant t0 = Instant.now().minus(Duration.ofDays(1));

    @AfterEach
    void restoreTheClinic() {
        // other test classes share this database: leave the clinic unbilled (= active)
        store.delete(CLINIC);
        standing.forget();
    }

    void bindClinic() {
        delivered(http, StripeTestEvents.checkoutCompleted(eventId(), t0, CLINIC, customer, sub));
    }

    SubscriptionState clinic() {
        return store.load(CLINIC).orElseThrow();
    }

    @Test
    void checkoutBindsTheCustomerAndCreatedMakesTheSubscriptionActive() {
        bindClinic();
        String created = eventId();
        delivered(
                http,
                StripeTestEvents.subscription(
                        created, t0.plusSeconds(1), "customer.subscription.created", customer, sub, "active"));

        assertThat(clinic().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(clinic().plan()).isEqualTo("price_hub_basic");
        assertThat(clinic().customerId()).isEqualTo(customer);
        assertThat(events.outcomeOf(created)).hasValueSatisfying(o -> {
            assertThat(o.tenant()).isEqualTo(CLINIC);
            assertThat(o.outcome()).isEqualTo("applied");
        });
        assertThat(standing.standing(CLINIC)).isEqualTo(Standing.ACTIVE);
    }

    @Test
    void aDuplicatedEventHasOneEffect() {
        bindClinic();
        String failed = eventId();
        String body = StripeTestEvents.invoice(failed, t0.plusSeconds(5), "invoice.payment_failed", customer, sub);
        long appliesBefore = applies();

        delivered(http, body);
        SubscriptionState afterFirst = clinic();
        ResponseEntity<String> again = deliver(http, body);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(applies() - appliesBefore).as("billing-apply entered once").isEqualTo(1);
        assertThat(clinic()).isEqualTo(afterFirst);
        assertThat(afterFirst.status()).isEqualTo(SubscriptionStatus.PAST_DUE);
    }

    @Test
    void anUpdateOlderThanTheAppliedOneIsIgnored() {
        bindClinic();
        delivered(
                http,
                StripeTestEvents.subscription(
                        eventId(), t0.plusSeconds(100), "customer.subscription.updated", customer, sub, "past_due"));
        String stale = eventId();
        delivered(
                http,
                StripeTestEvents.subscription(
                        stale, t0.plusSeconds(50), "customer.subscription.created", customer, sub, "active"));

        assertThat(clinic().status()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(events.outcomeOf(stale))
                .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo("ignored"));
    }

    @Test
    void aDeletedSubscriptionStaysCanceledWhateverStaleNewsArrives() {
        bindClinic();
        delivered(
                http,
                StripeTestEvents.subscription(
                        eventId(), t0.plusSeconds(10), "customer.subscription.created", customer, sub, "active"));
        delivered(
                http,
                StripeTestEvents.subscription(
                        eventId(), t0.plusSeconds(30), "customer.subscription.deleted", customer, sub, "canceled"));
        delivered(
                http,
                StripeTestEvents.subscription(
                        eventId(), t0.plusSeconds(20), "customer.subscription.updated", customer, sub, "active"));

        assertThat(clinic().status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(standing.isSuspended(CLINIC)).isTrue();
        assertThat(standing.isSuspended("bright-hq"))
                .as("other tenants unaffected")
                .isFalse();
    }

    @Test
    void aSubscriptionEventThatOvertakesTheCheckoutBindsThroughItsMetadata() {
        delivered(
                http,
                StripeTestEvents.subscription(
                        eventId(),
                        t0,
                        "customer.subscription.created",
                        customer,
                        sub,
                        "trialing",
                        "{\"tenant\":\"" + CLINIC + "\"}"));
        bindClinic();

        assertThat(clinic().status()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(clinic().customerId()).isEqualTo(customer);
    }

    @Test
    void badMissingOldOrForgedSignaturesAnswer400AndNothingIsProcessed() {
        String id = eventId();
        String body = StripeTestEvents.checkoutCompleted(id, t0, CLINIC, customer, sub);

        ResponseEntity<String> missing = deliver(http, body, null);
        ResponseEntity<String> old =
                deliver(http, body, StripeTestEvents.sign(body, Instant.now().minusSeconds(301)));
        ResponseEntity<String> garbage = deliver(http, body, "t=1,v1=deadbeef");
        ResponseEntity<String> otherBody =
                deliver(http, body.replace(CLINIC, "bright-hq"), StripeTestEvents.sign(body, Instant.now()));

        for (ResponseEntity<String> r : new ResponseEntity[] {missing, old, garbage, otherBody}) {
            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(r.getBody()).contains("stripe-signature");
        }
        assertThat(events.outcomeOf(id)).isEmpty();
        assertThat(store.load(CLINIC)).isEmpty();
    }

    @Test
    void malformedJsonWithAValidSignatureAnswers400() {
        String body = "{\"id\":\"evt_x\",\"object\":\"event\"";
        ResponseEntity<String> r = deliver(http, body);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody()).contains("malformed-body");
    }

    @Test
    void anUnknownTypeIsRecordedAndAnswered200WithoutEffect() {
        String id = eventId();
        delivered(
                http,
                StripeTestEvents.envelope(
                        id, t0, "customer.created", "{\"id\":\"" + customer + "\",\"object\":\"customer\"}"));

        assertThat(events.outcomeOf(id)).hasValueSatisfying(o -> {
            assertThat(o.outcome()).isEqualTo("unhandled-type");
            assertThat(o.tenant()).isNull();
        });
    }

    @Test
    void anEventForAnUnknownCustomerIsRecordedWithoutEffect() {
        String id = eventId();
        delivered(
                http,
                StripeTestEvents.subscription(id, t0, "customer.subscription.updated", "cus_nobody", sub, "canceled"));

        assertThat(events.outcomeOf(id))
                .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo("unknown-customer"));
        assertThat(store.load(CLINIC)).isEmpty();
    }

    @Test
    void stripesOwnSampleEventIsReadAndRecorded() throws Exception {
        Path sample = FIXTURES.resolve("event_customer.subscription.updated.json");
        assumeTrue(Files.exists(sample), "shared Stripe fixtures not present");
        String body = Files.readString(sample);

        delivered(http, body);

        assertThat(events.outcomeOf("evt_000000000000000000000000"))
                .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo("unknown-customer"));
    }

    private long applies() {
        return audit.forRoute("billing-apply").size();
    }
}
