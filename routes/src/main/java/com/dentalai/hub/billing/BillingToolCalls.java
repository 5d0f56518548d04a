package com.dentalai.hub.billing;

import com.dentalai.hub.domain.billing.PaymentLink;
import com.dentalai.hub.domain.clinic.PatientRef;

/** The in-process bodies and answers of Yosef's billing tool routes ({@code direct:}, never serialised). */
final class BillingToolCalls {

    private BillingToolCalls() {}

    record FindPatient(String e164) {
        @Override
        public String toString() {
            return "FindPatient[…]";
        }
    }

    record OpenInvoices(PatientRef patient) {}

    /** {@code conversationKey} is where the receipt goes: PHI, never logged. */
    record CreatePaymentLink(
            PatientRef patient, String invoiceRef, String channel, String conversationKey, String language) {
        @Override
        public String toString() {
            return "CreatePaymentLink[patient=" + patient + ", invoice=" + invoiceRef + ", channel=" + channel + "]";
        }
    }

    record SubscriptionFactsOf() {}

    /** Answers that are not failures: the patient is told, nothing is retried or dead-lettered. */
    sealed interface LinkOutcome {
        record Created(PaymentLink link) implements LinkOutcome {}

        record NotPayable(String why) implements LinkOutcome {}

        record Unavailable(String why) implements LinkOutcome {}
    }
}
