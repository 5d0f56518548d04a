package com.dentalai.hub.billing;

import static com.dentalai.hub.billing.BillingTestSupport.delivered;
import static com.dentalai.hub.billing.StripeTestEvents.eventId;
import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.ChannelPatients;
import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.domain.conversation.Tools;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.AccessDeniedException;
import com.dentalai.hub.platform.gate.SystemPrincipals;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A WhatsApp patient pays an Odoo invoice online: Dana hands "I want to pay" to Yosef, Yosef lists
 * the open invoices, a tap gets a Stripe Checkout link made on the clinic's connected account, and
 * the signed {@code checkout.session.completed} registers one payment in (stand-in) Odoo and sends a
 * receipt on WhatsApp — once, however often the event comes.
 */
@HubTest
class YosefPaymentFlowTest {

    private static final String CLINIC = "smile-tlv";

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    StripeEventLog events;

    @Autowired
    SubscriptionStore subscriptions;

    @Autowired
    TenantStanding standing;

    private final OdooStandInServer odoo = SandboxOdoo.server();
    private final StripeApiStandIn stripe = StripeApiStandIn.server();
    private final long seq = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
    private long messages = seq * 10;
    private ChannelPatients patients;

    @BeforeEach
    void patients() {
        patients = new ChannelPatients(http, camel, "wamid.Y");
    }

    @AfterEach
    void restore() {
        stripe.mode(StripeApiStandIn.Mode.OK);
        subscriptions.delete(CLINIC);
        standing.forget();
    }

    @Test
    void iWantToPayOnWhatsAppListsTheInvoicesSendsAConnectedLinkAndTheCompletionPaysOnceWithAReceipt()
            throws Exception {
        Patient p = patient("97254" + seq, 350.0);

        Link link = linkFor(p);

        StripeApiStandIn.Recorded created = stripe.connectedRequests().stream()
                .filter(r -> Long.toString(p.invoice()).equals(r.form().get("metadata[invoice]")))
                .findFirst()
                .orElseThrow();
        assertThat(created.path()).isEqualTo("/v1/checkout/sessions");
        assertThat(created.stripeAccount()).isEqualTo(StripeApiStandIn.SMILE_ACCOUNT);
        assertThat(created.idempotencyKey()).startsWith("pay-");
        assertThat(created.form())
                .containsEntry("mode", "payment")
                .containsEntry("line_items[0][price_data][currency]", "ils")
                .containsEntry("line_items[0][price_data][unit_amount]", "35000")
                .containsEntry("metadata[hub_purpose]", "patient_invoice")
                .containsEntry("metadata[tenant]", CLINIC)
                .containsEntry("metadata[invoice]", Long.toString(p.invoice()))
                .containsEntry("metadata[patient]", Long.toString(p.patient()))
                .containsKey("metadata[conversation]");
        assertThat(created.form().get("metadata[conversation]"))
                .as("the conversation key is the patient's phone: never sent to Stripe")
                .doesNotContain(p.waId());

        String event = eventId();
        String body = completed(event, link, p, StripeApiStandIn.SMILE_ACCOUNT);
        ResponseEntity<String> platformSigned = BillingTestSupport.deliver(
                http,
                body,
                StripeTestEvents.signWith(
                        StandInCredentials.get("stand-in.billing.foreign-webhook-secret"), body, Instant.now()));
        assertThat(platformSigned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(payments(link)).isEmpty();
        connect(body);

        assertThat(payments(link)).hasSize(1);
        Map<String, Object> invoice = invoice(p);
        assertThat(invoice).containsEntry("payment_state", "in_payment").containsEntry("amount_residual", 0.0);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receipts(p) == 1);
        assertThat(lastTo(p).toString()).contains("Payment received").contains("350.00 ₪");
        assertThat(events.outcomeOf(event)).hasValueSatisfying(o -> {
            assertThat(o.tenant()).isEqualTo(CLINIC);
            assertThat(o.outcome()).isEqualTo("applied");
        });

        // the same event again, and a second event for the same session: nothing more happens
        connect(body);
        String twin = eventId();
        connect(completed(twin, link, p, StripeApiStandIn.SMILE_ACCOUNT));

        assertThat(payments(link)).hasSize(1);
        assertThat(receipts(p)).isEqualTo(1);
        assertThat(events.outcomeOf(twin))
                .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo("ignored"));
    }

    @Test
    void concurrentDeliveriesOfTheCompletionRegisterOnePayment() throws Exception {
        Patient p = patient("97255" + seq, 120.0);
        Link link = linkFor(p);

        List<CompletableFuture<ResponseEntity<String>>> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String body = completed(eventId(), link, p, StripeApiStandIn.SMILE_ACCOUNT);
            all.add(CompletableFuture.supplyAsync(() -> BillingTestSupport.deliver(
                    http, body, StripeTestEvents.signWith(StripeTestEvents.CONNECT_SECRET, body, Instant.now()))));
        }
        for (CompletableFuture<ResponseEntity<String>> f : all) {
            assertThat(f.get(60, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.OK);
        }

        assertThat(payments(link)).hasSize(1);
        assertThat(invoice(p)).containsEntry("amount_residual", 0.0);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> receipts(p) == 1);
    }

    @Test
    void anInvoicePaidMeanwhileIsNotPaidTwiceAndStaffAreTold() throws Exception {
        Patient p = patient("97256" + seq, 80.0);
        Link link = linkFor(p);
        odoo.superuser(
                "account.move",
                "write",
                List.of(List.of(p.invoice()), Map.of("payment_state", "paid", "amount_residual", 0.0)),
                Map.of());

        String event = eventId();
        connect(completed(event, link, p, StripeApiStandIn.SMILE_ACCOUNT));

        assertThat(payments(link)).isEmpty();
        assertThat(events.outcomeOf(event))
                .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo("recorded"));
        assertThat(odoo.searchRead(
                        "mail.message",
                        List.of(List.of("model", "=", "patient.patient"), List.of("res_id", "=", p.patient()))))
                .anySatisfy(m -> assertThat(m.get("body").toString()).contains("no longer open"));
        assertThat(receipts(p)).isZero();
    }

    @Test
    void aCompletionFromAnotherAccountOrForAnUnknownSessionChangesNothing() throws Exception {
        Patient p = patient("97257" + seq, 60.0);
        Link link = linkFor(p);

        String foreign = eventId();
        connect(completed(foreign, link, p, "acct_1SomeoneElse"));
        String unknown = eventId();
        delivered(
                http,
                completed(unknown, new Link("cs_test_never_made_" + seq, "x"), p, StripeApiStandIn.SMILE_ACCOUNT));

        assertThat(events.outcomeOf(foreign))
                .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo("conflict"));
        assertThat(events.outcomeOf(unknown))
                .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo("unknown-session"));
        assertThat(payments(link)).isEmpty();
        assertThat(invoice(p)).containsEntry("amount_residual", 60.0);
    }

    @Test
    void stripeDownWhenMakingTheLinkIsAPoliteMessageWithTheClinicPhone() throws Exception {
        Patient p = patient("97258" + seq, 45.0);
        String pay = invoiceChoice(p);

        stripe.mode(StripeApiStandIn.Mode.DROP);
        whatsapp(
                p,
                WhatsAppPayloads.buttonReply(
                        ChannelPatients.PHONE_NUMBER_ID, p.waId(), "Pat", wamid(), "wamid.any", pay, "INV", now()));

        assertThat(lastTo(p).toString())
                .contains("online payment is not available right now")
                .contains("+972-3-555-0100")
                .doesNotContain("checkout.stripe.com");
    }

    @Test
    void danasToolsCannotReachTheBillingToolEvenIfSheAsks() {
        HubContext dana = new HubContext(
                CLINIC,
                SystemPrincipals.of("whatsapp-webhook", CLINIC),
                "whatsapp",
                UUID.randomUUID().toString());
        for (String tool : List.of(
                BillingToolRoutes.OPEN_INVOICES,
                BillingToolRoutes.PAYMENT_LINK,
                BillingToolRoutes.FIND_PATIENT,
                BillingToolRoutes.SUBSCRIPTION)) {
            Exchange done = producer.request(tool, e -> {
                e.setProperty(HubContext.PROPERTY, dana);
                e.getMessage()
                        .setBody(new BillingToolCalls.OpenInvoices(new com.dentalai.hub.domain.clinic.PatientRef("1")));
            });
            assertThat(done.getException()).as(tool).isInstanceOf(AccessDeniedException.class);
        }
        List<String> danasTools = Arrays.stream(Tools.class.getMethods())
                .map(Method::getName)
                .map(n -> n.toLowerCase(Locale.ROOT))
                .toList();
        assertThat(danasTools).noneMatch(n -> n.contains("invoice") || n.contains("pay") || n.contains("bill"));

        HubContext yosef = new HubContext(
                CLINIC,
                SystemPrincipals.of("yosef", CLINIC),
                "whatsapp",
                UUID.randomUUID().toString());
        Exchange allowed = producer.request(BillingToolRoutes.OPEN_INVOICES, e -> {
            e.setProperty(HubContext.PROPERTY, yosef);
            e.getMessage()
                    .setBody(
                            new BillingToolCalls.OpenInvoices(new com.dentalai.hub.domain.clinic.PatientRef("999999")));
        });
        assertThat(allowed.getException()).isNull();
    }

    @Test
    void aSuspendedClinicsPatientGetsThePoliteReplyAndNothingIsBookedOrLinked() throws Exception {
        Patient p = patient("97259" + seq, 30.0);
        String pay = invoiceChoice(p);
        suspendTheClinic();
        int appointments = odoo.searchRead("patient.appointment", List.of()).size();
        int links = stripe.connectedRequests().size();

        whatsapp(
                p,
                WhatsAppPayloads.text(
                        ChannelPatients.PHONE_NUMBER_ID,
                        p.waId(),
                        "Pat",
                        wamid(),
                        "I want to book a cleaning tomorrow at 10",
                        now()));
        assertThat(lastTo(p).toString()).contains("not available right now").contains("+972-3-555-0100");
        whatsapp(
                p,
                WhatsAppPayloads.buttonReply(
                        ChannelPatients.PHONE_NUMBER_ID, p.waId(), "Pat", wamid(), "wamid.any", pay, "INV", now()));
        assertThat(lastTo(p).toString()).contains("not available right now");

        assertThat(odoo.searchRead("patient.appointment", List.of())).hasSize(appointments);
        assertThat(stripe.connectedRequests()).hasSize(links);
    }

    @Test
    void clinicAdminsAskYosefForTheirSubscriptionAndLastInvoice() throws Exception {
        String customer = "cus_y" + seq;
        delivered(
                http,
                StripeTestEvents.checkoutCompleted(
                        eventId(), Instant.now().minusSeconds(60), CLINIC, customer, "sub_y" + seq));
        delivered(
                http,
                StripeTestEvents.subscription(
                        eventId(),
                        Instant.now().minusSeconds(30),
                        "customer.subscription.created",
                        customer,
                        "sub_y" + seq,
                        "active"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String admin = BillingTestSupport.userToken(http, json, "yosef-admin-" + seq, CLINIC, "BRANCH_ADMIN");
        String desk = BillingTestSupport.userToken(http, json, "yosef-desk-" + seq, CLINIC, "FRONT_DESK");

        ResponseEntity<String> status = BillingTestSupport.call(
                http,
                org.springframework.http.HttpMethod.POST,
                "/api/v1/agents/yosef",
                admin,
                Map.of("text", "what is my subscription status?", "language", "en"));
        ResponseEntity<String> invoice = BillingTestSupport.call(
                http,
                org.springframework.http.HttpMethod.POST,
                "/api/v1/agents/yosef",
                admin,
                Map.of("text", "send me my last invoice", "language", "en"));
        ResponseEntity<String> refused = BillingTestSupport.call(
                http,
                org.springframework.http.HttpMethod.POST,
                "/api/v1/agents/yosef",
                desk,
                Map.of("text", "what is my subscription status?"));
        ResponseEntity<String> empty = BillingTestSupport.call(
                http, org.springframework.http.HttpMethod.POST, "/api/v1/agents/yosef", admin, Map.of("text", " "));

        assertThat(status.getStatusCode()).as(status.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(status.getBody());
        assertThat(answer.path("agent").asText()).isEqualTo("yosef");
        assertThat(answer.path("replies").path(0).path("text").asText())
                .contains("active")
                .contains("price_hub_basic");
        assertThat(json.readTree(invoice.getBody())
                        .path("replies")
                        .path(0)
                        .path("text")
                        .asText())
                .contains("HUB-0042")
                .contains("350.00 ₪")
                .contains("https://invoice.stripe.com/i/");
        assertThat(stripe.requests()).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("/v1/invoices");
            assertThat(r.form()).containsEntry("customer", customer);
            assertThat(r.stripeAccount())
                    .as("the hub's own bill: platform account")
                    .isNull();
        });
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    // ------------------------------------------------------------------ the patient and the chat

    private record Patient(String waId, long patient, long invoice, String invoiceNumber) {}

    private record Link(String sessionId, String url) {}

    /** A dental-add-on patient with the phone WhatsApp reports, and one open invoice of theirs. */
    private Patient patient(String waId, double residual) {
        String name = "Yosef Payer " + waId;
        long patient = odoo.seed("patient.patient", Map.of("patient_name", name, "contact_number", "+" + waId));
        long partner = odoo.seed("res.partner", Map.of("name", name));
        String number = "INV/2026/" + waId.substring(waId.length() - 5);
        long invoice = odoo.seed(
                "account.move",
                Map.of(
                        "move_type",
                        "out_invoice",
                        "partner_id",
                        partner,
                        "name",
                        number,
                        "state",
                        "posted",
                        "payment_state",
                        "not_paid",
                        "amount_total",
                        residual,
                        "amount_residual",
                        residual,
                        "invoice_date_due",
                        "2026-12-31"));
        return new Patient(waId, patient, invoice, number);
    }

    /** "I want to pay my bill" → Dana hands over → Yosef lists the invoice; returns its choice id. */
    private String invoiceChoice(Patient p) throws Exception {
        whatsapp(
                p,
                WhatsAppPayloads.text(
                        ChannelPatients.PHONE_NUMBER_ID, p.waId(), "Pat", wamid(), "I want to pay my bill", now()));
        List<JsonNode> mine = to(p);
        assertThat(mine.get(mine.size() - 2).toString()).contains("Yosef");
        JsonNode list = mine.get(mine.size() - 1);
        List<String> ids = ChannelPatients.whatsAppOptions(list);
        assertThat(ids).as("Yosef's invoice choices: %s", list).containsExactly("yosef:pay:" + p.invoice());
        assertThat(list.toString()).contains(p.invoiceNumber());
        return ids.get(0);
    }

    private Link linkFor(Patient p) throws Exception {
        String pay = invoiceChoice(p);
        whatsapp(
                p,
                WhatsAppPayloads.buttonReply(
                        ChannelPatients.PHONE_NUMBER_ID, p.waId(), "Pat", wamid(), "wamid.any", pay, "INV", now()));
        String text = lastTo(p).path("text").path("body").asText();
        int at = text.indexOf("https://checkout.stripe.com/c/pay/");
        assertThat(at).as("a payment link in %s", text).isNotNegative();
        String url = text.substring(at).split("\\s")[0];
        return new Link(url.substring(url.lastIndexOf('/') + 1), url);
    }

    /** Posts {@code body} and waits for the turn and its reply to {@code p}. */
    private void whatsapp(Patient p, String body) {
        patients.whatsApp(p.waId()).sends(body);
    }

    private List<JsonNode> to(Patient p) {
        return patients.whatsApp(p.waId()).replies();
    }

    private JsonNode lastTo(Patient p) {
        return patients.whatsApp(p.waId()).lastReply();
    }

    private long receipts(Patient p) {
        return to(p).stream()
                .filter(m -> m.toString().contains("Payment received"))
                .count();
    }

    // ------------------------------------------------------------------ Stripe and Odoo

    /** checkout.session.completed for a payment-mode session on a connected account (Connect event). */
    private static String completed(String eventId, Link link, Patient p, String account) {
        String envelope = StripeTestEvents.envelope(
                eventId,
                Instant.now(),
                "checkout.session.completed",
                """
                {"id":"%s","object":"checkout.session","mode":"payment","status":"complete",
                 "payment_status":"paid","client_reference_id":"%s","customer":null,"subscription":null,
                 "amount_subtotal":%d,"amount_total":%d,"currency":"ils","payment_intent":"pi_test_%s",
                 "customer_details":{"email":null,"phone":null},"livemode":false,
                 "metadata":{"hub_purpose":"patient_invoice","tenant":"%s","invoice":"%d","patient":"%d",
                   "conversation":"c_test"},"success_url":"http://localhost:8080/billing/paid","url":null}"""
                        .formatted(
                                link.sessionId(),
                                CLINIC,
                                amount(p),
                                amount(p),
                                link.sessionId(),
                                CLINIC,
                                p.invoice(),
                                p.patient()));
        // Connect events name the connected account the object lives on
        return envelope.replaceFirst("\"object\":\"event\",", "\"object\":\"event\",\"account\":\"" + account + "\",");
    }

    /** Delivered as Stripe's Connect endpoint signs connected-account events. */
    private void connect(String body) {
        ResponseEntity<String> r = BillingTestSupport.deliver(
                http, body, StripeTestEvents.signWith(StripeTestEvents.CONNECT_SECRET, body, Instant.now()));
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    }

    private static long amount(Patient p) {
        Object total = SandboxOdoo.server()
                .searchRead("account.move", List.of(List.of("id", "=", p.invoice())))
                .get(0)
                .get("amount_total");
        return Math.round(((Number) total).doubleValue() * 100);
    }

    private List<Map<String, Object>> payments(Link link) {
        return odoo.searchRead("account.payment", List.of(List.of("ref", "=", "hub:" + link.sessionId())));
    }

    private Map<String, Object> invoice(Patient p) {
        return odoo.searchRead("account.move", List.of(List.of("id", "=", p.invoice())))
                .get(0);
    }

    private void suspendTheClinic() {
        String customer = "cus_s" + seq;
        Instant t0 = Instant.now().minusSeconds(120);
        delivered(http, StripeTestEvents.checkoutCompleted(eventId(), t0, CLINIC, customer, "sub_s" + seq));
        delivered(
                http,
                StripeTestEvents.subscription(
                        eventId(),
                        t0.plusSeconds(10),
                        "customer.subscription.deleted",
                        customer,
                        "sub_s" + seq,
                        "canceled"));
        assertThat(standing.isSuspended(CLINIC)).isTrue();
    }

    private String wamid() {
        return "wamid.Y" + (++messages);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
