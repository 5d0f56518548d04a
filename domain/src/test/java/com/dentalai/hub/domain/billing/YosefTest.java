package com.dentalai.hub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.conversation.ToolUnavailableException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YosefTest {

    private static final String CLINIC = "+972-3-555-0100";

    /** A desk over fixed invoices per patient that records the links it made. */
    private static final class Desk implements BillingDesk {
        final Map<String, List<OpenInvoice>> invoices;
        final List<String> links = new ArrayList<>();
        RuntimeException failLink;
        RuntimeException failAll;

        Desk(Map<String, List<OpenInvoice>> invoices) {
            this.invoices = invoices;
        }

        @Override
        public Optional<PatientRef> findPatient(String e164) {
            fail();
            return "+972501234567".equals(e164) ? Optional.of(new PatientRef("7")) : Optional.empty();
        }

        @Override
        public List<OpenInvoice> openInvoices(PatientRef patient) {
            fail();
            return invoices.getOrDefault(patient.id(), List.of());
        }

        @Override
        public PaymentLink paymentLink(PatientRef patient, String invoiceRef) {
            if (failLink != null) {
                throw failLink;
            }
            links.add(patient.id() + "/" + invoiceRef);
            return new PaymentLink("https://checkout.stripe.com/c/pay/cs_1", "cs_1");
        }

        private void fail() {
            if (failAll != null) {
                throw failAll;
            }
        }
    }

    private static final OpenInvoice A =
            new OpenInvoice("41", "INV/2026/00041", new BigDecimal("350.00"), "ils", LocalDate.of(2026, 10, 1));
    private static final OpenInvoice B = new OpenInvoice("42", null, new BigDecimal("1200.5"), "ils", null);

    private final Desk desk = new Desk(Map.of("7", List.of(A, B)));

    @Test
    void aPatientAskingWhatTheyOweGetsTheBalanceAndTheInvoicesAsChoices() {
        Yosef.Answer answer =
                Yosef.takeOver(Yosef.BILLING_QUESTION, new Yosef.Patient(null, "+972501234567", "en", CLINIC), desk);

        assertThat(answer.patientRef()).isEqualTo("7");
        assertThat(answer.replies()).hasSize(2);
        String summary = ((OutboundMessage.Text) answer.replies().get(0)).body();
        assertThat(summary)
                .contains("1,550.50 ₪")
                .contains("INV/2026/00041: 350.00 ₪, due 01/10/2026")
                .contains("#42");
        OutboundMessage.Buttons choices =
                (OutboundMessage.Buttons) answer.replies().get(1);
        assertThat(choices.options())
                .extracting(OutboundMessage.Option::id)
                .containsExactly("yosef:pay:41", "yosef:pay:42");
    }

    @Test
    void payingListsTheInvoicesThenATapSendsTheLinkForThatInvoiceOnly() {
        Yosef.Answer list = Yosef.takeOver(Yosef.PAY_BILL, new Yosef.Patient("7", null, "he", CLINIC), desk);
        assertThat(list.replies()).hasSize(1).first().isInstanceOf(OutboundMessage.Buttons.class);

        MessageContent tap = new MessageContent.Choice("yosef:pay:41", "INV/2026/00041", null, null);
        assertThat(Yosef.claims(tap)).isTrue();
        assertThat(Yosef.claims(new MessageContent.Choice("slot:3", "x", null, null)))
                .isFalse();
        assertThat(Yosef.claims(new MessageContent.Text("yosef:pay:41"))).isFalse();
        Yosef.Answer link = Yosef.onChoice("yosef:pay:41", new Yosef.Patient("7", null, "en", CLINIC), desk);

        assertThat(desk.links).containsExactly("7/41");
        assertThat(((OutboundMessage.Text) link.replies().get(0)).body())
                .contains("INV/2026/00041")
                .contains("350.00 ₪")
                .contains("https://checkout.stripe.com/c/pay/cs_1");
    }

    @Test
    void aForgedOrStaleInvoiceIdGetsNoLink() {
        Yosef.Answer forged = Yosef.onChoice("yosef:pay:99", new Yosef.Patient("7", null, "en", CLINIC), desk);
        assertThat(desk.links).isEmpty();
        assertThat(((OutboundMessage.Text) forged.replies().get(0)).body()).contains("no longer open");

        desk.failLink = new InvoiceNotPayableException("paid meanwhile");
        Yosef.Answer stale = Yosef.onChoice("yosef:pay:41", new Yosef.Patient("7", null, "he", CLINIC), desk);
        assertThat(((OutboundMessage.Text) stale.replies().get(0)).body()).contains("כבר לא פתוחה");
    }

    @Test
    void stripeDownOrOdooDownIsAPoliteMessageWithTheClinicPhone() {
        desk.failLink = new PaymentsUnavailableException("Stripe answered 500");
        Yosef.Answer down = Yosef.onChoice("yosef:pay:41", new Yosef.Patient("7", null, "en", CLINIC), desk);
        assertThat(((OutboundMessage.Text) down.replies().get(0)).body())
                .contains("not available right now")
                .contains(CLINIC);

        desk.failAll = new ToolUnavailableException("billing-tool-open-invoices", "down");
        Yosef.Answer odooDown = Yosef.takeOver(Yosef.PAY_BILL, new Yosef.Patient("7", null, "he", null), desk);
        assertThat(((OutboundMessage.Text) odooDown.replies().get(0)).body()).contains("לא זמין");
    }

    @Test
    void unknownPatientsAndPatientsWithNothingOpen() {
        Yosef.Answer unknown = Yosef.takeOver(Yosef.PAY_BILL, new Yosef.Patient(null, "+15550000", "en", CLINIC), desk);
        assertThat(unknown.patientRef()).isNull();
        assertThat(((OutboundMessage.Text) unknown.replies().get(0)).body())
                .contains("couldn't find")
                .contains(CLINIC);
        Yosef.Answer noPhone = Yosef.onChoice("yosef:pay:41", new Yosef.Patient(null, null, "en", null), desk);
        assertThat(((OutboundMessage.Text) noPhone.replies().get(0)).body()).doesNotContain("call");

        Yosef.Answer paidUp = Yosef.takeOver(Yosef.BILLING_QUESTION, new Yosef.Patient("8", null, "en", null), desk);
        assertThat(((OutboundMessage.Text) paidUp.replies().get(0)).body()).contains("no open invoices");
    }

    @Test
    void manyInvoicesBecomeAList() {
        List<OpenInvoice> many = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            many.add(new OpenInvoice("" + i, "INV/" + i, BigDecimal.TEN, "usd", null));
        }
        Desk big = new Desk(Map.of("7", many));
        Yosef.Answer answer = Yosef.takeOver(Yosef.PAY_BILL, new Yosef.Patient("7", null, "en", null), big);
        OutboundMessage.ListMenu list =
                (OutboundMessage.ListMenu) answer.replies().get(0);
        assertThat(list.rows()).hasSize(4);
        assertThat(list.rows().get(0).description()).isEqualTo("10.00 USD");
    }

    @Test
    void theReceiptNamesTheInvoiceAndTheAmount() {
        assertThat(Yosef.receipt("INV/2026/00041", new BigDecimal("350"), "ils", "en"))
                .isEqualTo("Payment received, thank you! 350.00 ₪ paid for invoice INV/2026/00041.");
        assertThat(Yosef.receipt("INV/1", BigDecimal.ONE, "eur", "he")).contains("1.00 EUR");
        assertThat(new OpenInvoice("1", "x", new BigDecimal("12.345"), "ils", null).residualMinor())
                .isEqualTo(1235);
    }

    @Test
    void clinicAdminsAskForTheirSubscriptionStatusAndLastInvoice() {
        SubscriptionFacts facts = new SubscriptionFacts(
                SubscriptionStatus.PAST_DUE,
                "price_hub_basic",
                Instant.parse("2026-12-01T00:00:00Z"),
                "grace",
                LocalDate.of(2026, 11, 30),
                new SubscriptionFacts.StripeInvoice(
                        "HUB-0007",
                        35000,
                        "ils",
                        "open",
                        "https://invoice.stripe.com/i/x",
                        Instant.parse("2026-11-01T00:00:00Z")));

        assertThat(Yosef.adminAnswer("what is my subscription status?", facts, "en"))
                .contains("past_due")
                .contains("grace")
                .contains("price_hub_basic")
                .contains("01/12/2026")
                .contains("30/11/2026");
        assertThat(Yosef.adminAnswer("send me my last invoice", facts, "en"))
                .contains("HUB-0007")
                .contains("350.00 ₪")
                .contains("https://invoice.stripe.com/i/x");
        assertThat(Yosef.adminAnswer("שלח לי את החשבונית האחרונה", facts, "he")).contains("החשבונית האחרונה");
        assertThat(Yosef.adminAnswer("מה מצב המנוי?", facts, "he")).contains("מצב המנוי");
        assertThat(Yosef.adminAnswer("hello", facts, "en")).contains("I'm Yosef");

        SubscriptionFacts none = new SubscriptionFacts(null, null, null, "active", null, null);
        assertThat(Yosef.adminAnswer("status", none, "en")).contains("no paid subscription");
        assertThat(Yosef.adminAnswer("invoice", none, "he")).contains("אין חשבוניות");
    }
}
