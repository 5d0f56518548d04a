package com.dentalai.hub.connectors.odoo.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.dentalai.hub.domain.billing.OpenInvoice;
import com.dentalai.hub.domain.clinic.ClinicRecordsException;
import com.dentalai.hub.domain.clinic.PatientRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Open invoices and payments through Odoo 17's register-payment wizard, on the stand-in. */
class InvoicePaymentsTest {

    private StandInFixture fx;

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void onlyThePatientsPostedUnpaidCustomerInvoicesAreOpenOldestDueFirst() {
        fx = new StandInFixture("standard");
        long mine = fx.odoo.seed("res.partner", Map.of("name", "Pat One", "phone", "+972501110001"));
        long theirs = fx.odoo.seed("res.partner", Map.of("name", "Pat Two", "phone", "+972501110002"));
        long late = invoice(mine, "INV/2026/0002", "posted", "not_paid", 200.0, "2026-11-01");
        long early = invoice(mine, "INV/2026/0001", "posted", "partial", 50.5, "2026-10-01");
        invoice(mine, "/", "draft", "not_paid", 80.0, null);
        invoice(mine, "INV/2026/0003", "posted", "paid", 0.0, "2026-09-01");
        invoice(theirs, "INV/2026/0004", "posted", "not_paid", 999.0, "2026-09-01");
        fx.odoo.seed("account.move", Map.of("move_type", "in_invoice", "partner_id", mine, "state", "posted"));
        OdooInvoicePayments payments = new OdooInvoicePayments(fx.mapping, fx.client, "ils");

        List<OpenInvoice> open = payments.openInvoices(new PatientRef(Long.toString(mine)));

        assertThat(open).extracting(OpenInvoice::ref).containsExactly(Long.toString(early), Long.toString(late));
        assertThat(open.get(0).number()).isEqualTo("INV/2026/0001");
        assertThat(open.get(0).residual()).isEqualByComparingTo("50.50");
        assertThat(open.get(0).due()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(open.get(0).currency()).isEqualTo("ils");
        assertThat(payments.belongsTo(Long.toString(late), new PatientRef(Long.toString(mine))))
                .isTrue();
        assertThat(payments.belongsTo(Long.toString(late), new PatientRef(Long.toString(theirs))))
                .isFalse();
    }

    @Test
    void aPaymentThroughTheWizardIsPostedReconciledAndFoundAgainByItsMemo() {
        fx = new StandInFixture("standard");
        long partner = fx.odoo.seed("res.partner", Map.of("name", "Pat Three", "phone", "+972501110003"));
        long id = invoice(partner, "INV/2026/0010", "posted", "not_paid", 350.0, "2026-10-01");
        OdooInvoicePayments payments = new OdooInvoicePayments(fx.mapping, fx.client, "ils");

        long payment = payments.registerPayment(
                Long.toString(id), new BigDecimal("350.00"), LocalDate.of(2026, 9, 20), "hub:cs_test_1");

        Map<String, Object> move = fx.odoo
                .searchRead("account.move", List.of(List.of("id", "=", id)))
                .get(0);
        assertThat(move).containsEntry("payment_state", "in_payment").containsEntry("amount_residual", 0.0);
        Map<String, Object> posted = fx.odoo
                .searchRead("account.payment", List.of(List.of("id", "=", payment)))
                .get(0);
        assertThat(posted)
                .containsEntry("state", "posted")
                .containsEntry("payment_type", "inbound")
                .containsEntry("amount", 350.0)
                .containsEntry("ref", "hub:cs_test_1");
        assertThat(payments.paymentWithMemo("hub:cs_test_1")).contains(payment);
        assertThat(payments.paymentWithMemo("hub:cs_other")).isEmpty();
        assertThat(payments.invoice(Long.toString(id)).orElseThrow().open()).isFalse();
        assertThat(payments.openInvoices(new PatientRef(Long.toString(partner))))
                .isEmpty();

        assertThatThrownBy(() -> payments.registerPayment(
                        Long.toString(id), BigDecimal.ONE, LocalDate.of(2026, 9, 21), "hub:cs_test_2"))
                .isInstanceOf(ClinicRecordsException.class)
                .satisfies(e -> assertThat(
                                ((com.dentalai.hub.connectors.odoo.OdooException) e.getCause()).operatorMessage())
                        .contains("nothing left to pay"));
        assertThat(fx.client.searchCount("account.payment", OdooDomain.all())).isEqualTo(1);
        assertThat(payments.invoice("999999")).isEmpty();
        assertThat(payments.invoice("not-a-number")).isEmpty();
    }

    @Test
    void dentalPatientsAreMatchedToTheirInvoicesByName() {
        fx = new StandInFixture("dental");
        long patient = fx.odoo.seed(
                "patient.patient", Map.of("patient_name", "Dina Dental", "contact_number", "050-111-0004"));
        long partner = fx.odoo.seed("res.partner", Map.of("name", "Dina Dental"));
        long other = fx.odoo.seed("res.partner", Map.of("name", "Someone Else"));
        long id = invoice(partner, "INV/2026/0020", "posted", "partial", 120.0, "2026-10-05");
        invoice(other, "INV/2026/0021", "posted", "not_paid", 10.0, "2026-10-05");
        OdooInvoicePayments payments = new OdooInvoicePayments(fx.mapping, fx.client, "ils");

        assertThat(payments.openInvoices(new PatientRef(Long.toString(patient))))
                .extracting(OpenInvoice::ref)
                .containsExactly(Long.toString(id));
        assertThat(payments.openInvoices(new PatientRef("424242"))).isEmpty();
    }

    private long invoice(long partner, String name, String state, String paymentState, double residual, String due) {
        Map<String, Object> values = new HashMap<>();
        values.put("move_type", "out_invoice");
        values.put("partner_id", partner);
        values.put("name", name);
        values.put("state", state);
        values.put("payment_state", paymentState);
        values.put("amount_total", residual + 100.0);
        values.put("amount_residual", residual);
        if (due != null) {
            values.put("invoice_date_due", due);
        }
        return fx.odoo.seed("account.move", values);
    }
}
