package com.dentalai.hub.domain.billing;

import com.dentalai.hub.domain.clinic.PatientRef;
import java.util.List;
import java.util.Optional;

/**
 * Yosef's billing tool for one tenant: the only way any agent reaches invoices and payments. Routes
 * implement it with gated routes that require {@code BILLING_TOOL}, which only Yosef's system
 * principal holds; Dana's {@link com.dentalai.hub.domain.conversation.Tools} has no such method.
 *
 * <p>Methods may throw {@link com.dentalai.hub.domain.conversation.ToolUnavailableException} when the
 * clinic's records cannot be reached.
 */
public interface BillingDesk {

    /** The patient whose phone is {@code e164}, if the clinic knows exactly one. */
    Optional<PatientRef> findPatient(String e164);

    /** The patient's open invoices, oldest due first; never another patient's. */
    List<OpenInvoice> openInvoices(PatientRef patient);

    /**
     * A hosted payment page for the patient's open invoice {@code invoiceRef}, on the clinic's own
     * Stripe account.
     *
     * @throws InvoiceNotPayableException the invoice is not one of the patient's open invoices
     * @throws PaymentsUnavailableException online payment cannot be offered right now
     */
    PaymentLink paymentLink(PatientRef patient, String invoiceRef);
}
