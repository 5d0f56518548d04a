package com.dentalai.hub.billing;

import static com.dentalai.hub.billing.BillingTestSupport.call;
import static com.dentalai.hub.billing.BillingTestSupport.delivered;
import static com.dentalai.hub.billing.StripeTestEvents.eventId;
import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The billing API, the Stripe API stand-in, and a suspended tenant at the gate. */
@HubTest
class BillingApiTest {

    static final String CLINIC = "smile-tlv";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    SubscriptionStore store;

    @Autowired
    TenantStanding standing;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String customer = "cus_api_" + run;
    final String sub = "sub_api_" + run;
    String clinicAdmin;

    @BeforeEach
    void clinicAdmin() throws Exception {
        clinicAdmin = BillingTestSupport.userToken(http, json, "billing-admin-" + run, CLINIC, "BRANCH_ADMIN");
        StripeApiStandIn.server().mode(StripeApiStandIn.Mode.OK);
    }

    @AfterEach
    void restore() {
        StripeApiStandIn.server().mode(StripeApiStandIn.Mode.OK);
        store.delete(CLINIC);
        standing.forget();
    }

    @Test
    void paymentFailedGivesGraceThenSuspensionBeyondItAndReactivationRestoresWrites() throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(30));
        delivered(http, StripeTestEvents.checkoutCompleted(eventId(), start, CLINIC, customer, sub));
        delivered(
                http,
                StripeTestEvents.subscription(
                        eventId(), start.plusSeconds(1), "customer.subscription.created", customer, sub, "active"));
        assertThat(subscription().get("standing").asText()).isEqualTo("active");

        // a payment failed two days ago: past due, still served until grace (7 days for smile-tlv) ends
        Instant failedAt = Instant.now().minus(Duration.ofDays(2));
        delivered(http, StripeTestEvents.invoice(eventId(), failedAt, "invoice.payment_failed", customer, sub));
        JsonNode grace = subscription();
        assertThat(grace.get("status").asText()).isEqualTo("past_due");
        assertThat(grace.get("standing").asText()).isEqualTo("grace");
        assertThat(Instant.parse(grace.get("grace_until").asText()))
                .isEqualTo(Instant.ofEpochSecond(failedAt.getEpochSecond()).plus(Duration.ofDays(7)));
        assertThat(write().getStatusCode()).isEqualTo(HttpStatus.OK);

        // the clock beyond grace: Stripe's own past_due news, first seen eight days after it started
        store.delete(CLINIC);
        standing.forget();
        Instant longAgo = Instant.now().minus(Duration.ofDays(8));
        delivered(http, StripeTestEvents.checkoutCompleted(eventId(), start, CLINIC, customer, sub));
        delivered(http, StripeTestEvents.invoice(eventId(), longAgo, "invoice.payment_failed", customer, sub));
        assertThat(subscription().get("standing").asText()).isEqualTo("suspended");
        assertThat(standing.isSuspended(CLINIC)).isTrue();

        ResponseEntity<String> refused = write();
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("tenant suspended");
        assertThat(problem.get("type").asText()).endsWith("tenant-suspended");
        ResponseEntity<String> read = call(http, HttpMethod.GET, "/api/v1/test/billing-probe", clinicAdmin, null);
        assertThat(read.getStatusCode()).as("reads still work").isEqualTo(HttpStatus.OK);

        // paying (the checkout) stays possible while suspended
        assertThat(checkout(clinicAdmin, Map.of("plan", "basic")).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // reactivation: the invoice is paid, Stripe says active again
        delivered(http, StripeTestEvents.invoice(eventId(), Instant.now(), "invoice.payment_succeeded", customer, sub));
        assertThat(subscription().get("standing").asText()).isEqualTo("active");
        assertThat(write().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void subscriptionOfAnUnbilledClinicIsActiveWithNoStatus() throws Exception {
        JsonNode view = subscription();
        assertThat(view.get("tenant").asText()).isEqualTo(CLINIC);
        assertThat(view.get("status").isNull()).isTrue();
        assertThat(view.get("standing").asText()).isEqualTo("active");
        assertThat(view.has("grace_until")).isFalse();
    }

    @Test
    void aBranchIsAnsweredForItsHqAndOnlyHqAndPlatformAdminsMaySeeIt() throws Exception {
        String admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        String branchAdmin =
                BillingTestSupport.userToken(http, json, "branch-admin-" + run, "bright-haifa", "BRANCH_ADMIN");
        String frontDesk = BillingTestSupport.userToken(http, json, "desk-" + run, CLINIC, "FRONT_DESK");

        ResponseEntity<String> platform =
                call(http, HttpMethod.GET, "/api/v1/billing/subscription?tenant=bright-haifa", admin, null);
        assertThat(platform.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(platform.getBody()).get("tenant").asText()).isEqualTo("bright-hq");

        assertThat(call(http, HttpMethod.GET, "/api/v1/billing/subscription", branchAdmin, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(http, HttpMethod.GET, "/api/v1/billing/subscription", frontDesk, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(http, HttpMethod.GET, "/api/v1/billing/subscription?tenant=bright-hq", clinicAdmin, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void checkoutCreatesAStripeSessionWithThePlansPriceAndTheTenantAsReference() throws Exception {
        int before = StripeApiStandIn.server().requests().size();

        ResponseEntity<String> r = checkout(clinicAdmin, Map.of("plan", "pro"));

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode session = json.readTree(r.getBody());
        assertThat(session.get("session_id").asText()).startsWith("cs_test_");
        assertThat(session.get("url").asText()).startsWith("https://checkout.stripe.com/c/pay/cs_test_");
        StripeApiStandIn.Recorded sent = StripeApiStandIn.server().requests().get(before);
        assertThat(sent.path()).isEqualTo("/v1/checkout/sessions");
        assertThat(sent.authorization()).isEqualTo("Bearer sk_test_hub_billing");
        assertThat(sent.form())
                .containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price]", "price_hub_pro")
                .containsEntry("client_reference_id", CLINIC)
                .containsEntry("subscription_data[metadata][tenant]", CLINIC)
                .containsKeys("success_url", "cancel_url");
    }

    @Test
    void anUnknownPlanIs400AndStripeDownIs503WithAClearMessage() throws Exception {
        ResponseEntity<String> unknown = checkout(clinicAdmin, Map.of("plan", "platinum"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknown.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("plan");

        StripeApiStandIn.server().mode(StripeApiStandIn.Mode.DROP);
        ResponseEntity<String> dropped = checkout(clinicAdmin, Map.of("plan", "basic"));
        StripeApiStandIn.server().mode(StripeApiStandIn.Mode.SERVER_ERROR);
        ResponseEntity<String> failing = checkout(clinicAdmin, Map.of("plan", "basic"));

        for (ResponseEntity<String> r : java.util.List.of(dropped, failing)) {
            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            JsonNode problem = json.readTree(r.getBody());
            assertThat(problem.get("type").asText()).endsWith("stripe-unavailable");
            assertThat(problem.get("detail").asText()).contains("Payments are unavailable");
            assertThat(r.getBody()).doesNotContain(StandInCredentials.get("stand-in.billing.secret-key"));
        }
    }

    private JsonNode subscription() throws Exception {
        ResponseEntity<String> r = call(http, HttpMethod.GET, "/api/v1/billing/subscription", clinicAdmin, null);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(r.getBody());
    }

    private ResponseEntity<String> write() {
        return call(http, HttpMethod.POST, "/api/v1/test/billing-probe", clinicAdmin, Map.of());
    }

    private ResponseEntity<String> checkout(String token, Map<String, Object> body) {
        return call(http, HttpMethod.POST, "/api/v1/billing/checkout", token, body);
    }
}
