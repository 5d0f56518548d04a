package com.dentalai.hub.connectors.odoo.mapping;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.dentalai.hub.connectors.odoo.OdooException;
import com.dentalai.hub.connectors.odoo.OdooValues;
import com.dentalai.hub.domain.billing.OpenInvoice;
import com.dentalai.hub.domain.clinic.ClinicRecordsException;
import com.dentalai.hub.domain.clinic.PatientRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Yosef's side of Odoo accounting: a patient's open customer invoices ({@code account.move},
 * {@code out_invoice}, {@code posted}, {@code payment_state} not_paid/partial) and registering an
 * online payment against one of them the way Odoo 17's "Register Payment" button does (the {@code
 * account.payment.register} wizard created with {@code active_model}/{@code active_ids} in the
 * context, then {@code action_create_payments}), which posts an {@code account.payment} and
 * reconciles it with the invoice. The patient is matched to invoices as the tenant's mapping says
 * ({@code invoice.patient-match}: the partner id, or the partner's name for the dental add-on).
 */
public final class OdooInvoicePayments {

    static final String MOVE = "account.move";
    static final String PAYMENT = "account.payment";
    static final String WIZARD = "account.payment.register";
    private static final List<String> INVOICE_FIELDS =
            List.of("name", "partner_id", "amount_residual", "invoice_date_due", "state", "payment_state", "move_type");

    private final OdooMapping mapping;
    private final OdooClient odoo;
    private final String currency;

    /** @param currency the clinic's invoicing currency, ISO 4217 lower case ({@code ils}) */
    public OdooInvoicePayments(OdooMapping mapping, OdooClient odoo, String currency) {
        this.mapping = mapping;
        this.odoo = odoo;
        this.currency = currency;
    }

    /** One invoice as Odoo has it now (state, what is left to pay, whose it is). */
    public record InvoiceStatus(
            String ref, String number, long partnerId, String state, String paymentState, BigDecimal residual) {

        public boolean open() {
            return "posted".equals(state)
                    && ("not_paid".equals(paymentState) || "partial".equals(paymentState))
                    && residual.signum() > 0;
        }
    }

    /** The patient's open invoices, oldest due first: two calls for the dental mapping (name match), else one. */
    public List<OpenInvoice> openInvoices(PatientRef patient) {
        Optional<OdooDomain> match = partnerMatch(patient);
        if (match.isEmpty()) {
            return List.of();
        }
        OdooDomain domain = OdooDomain.where("move_type", "=", "out_invoice")
                .and(OdooDomain.where("state", "=", "posted"))
                .and(OdooDomain.where("payment_state", "in", List.of("not_paid", "partial")))
                .and(match.get());
        try {
            return odoo.searchRead(MOVE, domain, INVOICE_FIELDS, 0, 0, "id asc").stream()
                    .map(this::toOpenInvoice)
                    .filter(i -> i.residual().signum() > 0)
                    .sorted(Comparator.comparing(
                            OpenInvoice::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                    .toList();
        } catch (OdooException e) {
            if (e.kind() == OdooException.Kind.UNKNOWN_MODEL) {
                return List.of(); // no accounting in this Odoo: nothing to pay online
            }
            throw translate(e);
        }
    }

    /** The invoice {@code ref} as it stands, or empty when Odoo has no such customer invoice. */
    public Optional<InvoiceStatus> invoice(String ref) {
        Optional<Long> id = numeric(ref);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> read = call(() -> odoo.read(MOVE, List.of(id.get()), INVOICE_FIELDS));
        return read.stream()
                .filter(r -> "out_invoice"
                        .equals(OdooValues.string(r.get("move_type")).orElse("")))
                .findFirst()
                .map(r -> new InvoiceStatus(
                        ref,
                        OdooValues.string(r.get("name")).orElse(null),
                        OdooValues.many2OneId(r.get("partner_id")).orElse(0L),
                        OdooValues.string(r.get("state")).orElse(""),
                        OdooValues.string(r.get("payment_state")).orElse(""),
                        money(r.get("amount_residual"))));
    }

    /** Whether the invoice belongs to the patient (the same match {@link #openInvoices} uses). */
    public boolean belongsTo(String invoiceRef, PatientRef patient) {
        Optional<OdooDomain> match = partnerMatch(patient);
        Optional<Long> id = numeric(invoiceRef);
        if (match.isEmpty() || id.isEmpty()) {
            return false;
        }
        return call(() -> odoo.searchCount(
                        MOVE, OdooDomain.where("id", "=", id.get()).and(match.get())))
                > 0;
    }

    /** The payment an earlier attempt registered with this memo, if any (so a retry never pays twice). */
    public Optional<Long> paymentWithMemo(String memo) {
        return call(() -> odoo.search(PAYMENT, OdooDomain.where("ref", "=", memo), 1, 0, "id asc")).stream()
                .findFirst();
    }

    /**
     * Registers {@code amount} paid on {@code date} against the invoice, with {@code memo} as the
     * payment's reference; returns the payment's id. Two writes; not retried by the transport.
     */
    public long registerPayment(String invoiceRef, BigDecimal amount, LocalDate date, String memo) {
        long invoiceId = numeric(invoiceRef)
                .orElseThrow(() -> new ClinicRecordsException(
                        ClinicRecordsException.Reason.NOT_FOUND, "not an invoice reference", null, null));
        Map<String, Object> context = Map.of("active_model", MOVE, "active_ids", List.of(invoiceId));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("amount", amount.doubleValue());
        values.put("payment_date", OdooValues.date(date));
        values.put("communication", memo);
        call(() -> {
            Object wizard = odoo.executeKw(WIZARD, "create", List.of(values), Map.of("context", context));
            long wizardId =
                    wizard instanceof List<?> ids ? ((Number) ids.get(0)).longValue() : ((Number) wizard).longValue();
            return odoo.executeKw(
                    WIZARD, "action_create_payments", List.of(List.of(wizardId)), Map.of("context", context));
        });
        return paymentWithMemo(memo)
                .orElseThrow(() -> new ClinicRecordsException(
                        ClinicRecordsException.Reason.INVALID, "Odoo registered no payment", null, null));
    }

    // ---------------------------------------------------------------- helpers

    private Optional<OdooDomain> partnerMatch(PatientRef patient) {
        OdooMapping.InvoiceMapping im = mapping.invoice();
        String partnerField = im == null ? "partner_id" : im.fields().patient();
        Optional<Long> id = numeric(patient.id());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (im == null || im.patientMatch() == OdooMapping.PatientMatch.ID) {
            return Optional.of(OdooDomain.where(partnerField, "=", id.get()));
        }
        String nameField = mapping.patient().fields().name();
        List<Map<String, Object>> read =
                call(() -> odoo.read(mapping.patient().model(), List.of(id.get()), List.of(nameField)));
        return read.isEmpty()
                ? Optional.empty()
                : OdooValues.string(read.get(0).get(nameField))
                        .map(name -> OdooDomain.where(partnerField + ".name", "=", name));
    }

    private OpenInvoice toOpenInvoice(Map<String, Object> r) {
        return new OpenInvoice(
                Long.toString(OdooValues.longValue(r.get("id")).orElseThrow()),
                OdooValues.string(r.get("name")).filter(n -> !"/".equals(n)).orElse(null),
                money(r.get("amount_residual")),
                currency,
                OdooValues.date(r.get("invoice_date_due")).orElse(null));
    }

    private static BigDecimal money(Object value) {
        return OdooValues.doubleValue(value)
                .map(BigDecimal::valueOf)
                .orElse(BigDecimal.ZERO)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Optional<Long> numeric(String ref) {
        try {
            return Optional.of(Long.parseLong(ref));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <T> T call(Supplier<T> odooCall) {
        try {
            return odooCall.get();
        } catch (OdooException e) {
            throw translate(e);
        }
    }

    private static ClinicRecordsException translate(OdooException e) {
        ClinicRecordsException.Reason reason =
                switch (e.kind()) {
                    case NOT_FOUND -> ClinicRecordsException.Reason.NOT_FOUND;
                    case VALIDATION, SERVER -> ClinicRecordsException.Reason.INVALID;
                    case ACCESS, AUTH -> ClinicRecordsException.Reason.DENIED;
                    case BAD_FIELD, UNKNOWN_MODEL -> ClinicRecordsException.Reason.MISCONFIGURED;
                    case TRANSPORT, UNAVAILABLE -> ClinicRecordsException.Reason.UNAVAILABLE;
                };
        return new ClinicRecordsException(reason, e.getMessage(), null, e);
    }
}
