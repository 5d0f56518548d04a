package com.dentalai.hub.domain.billing;

/** The invoice asked for is not one of the patient's open invoices (paid meanwhile, or not theirs). */
public class InvoiceNotPayableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvoiceNotPayableException(String message) {
        super(message);
    }
}
