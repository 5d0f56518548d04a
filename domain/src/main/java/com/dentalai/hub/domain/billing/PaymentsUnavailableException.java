package com.dentalai.hub.domain.billing;

/** Online payment cannot be offered right now (Stripe down, clinic not connected to Stripe). */
public class PaymentsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentsUnavailableException(String message) {
        super(message);
    }

    public PaymentsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
