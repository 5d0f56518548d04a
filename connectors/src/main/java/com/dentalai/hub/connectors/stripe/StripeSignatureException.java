package com.dentalai.hub.connectors.stripe;

/** The Stripe-Signature header is missing, malformed, too old, or does not match the body. */
public class StripeSignatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StripeSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
