package com.dentalai.hub.connectors.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Checks {@code Stripe-Signature} with stripe-java: HMAC-SHA256 over {@code "<t>.<raw body>"} keyed
 * with the whole {@code whsec_…} secret, any v1 may match, v0 ignored, timestamp within the
 * tolerance. The body must be the raw bytes as received.
 */
public final class StripeWebhookVerifier {

    private final String endpointSecret;
    private final Duration tolerance;
    private final Clock clock;

    public StripeWebhookVerifier(String endpointSecret, Duration tolerance, Clock clock) {
        this.endpointSecret = endpointSecret;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    public void verify(byte[] rawBody, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new StripeSignatureException("Stripe-Signature header is missing", null);
        }
        try {
            Webhook.Signature.verifyHeader(
                    new String(rawBody, StandardCharsets.UTF_8),
                    signatureHeader,
                    endpointSecret,
                    tolerance.toSeconds(),
                    clock);
        } catch (SignatureVerificationException e) {
            throw new StripeSignatureException("Stripe-Signature does not verify: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "StripeWebhookVerifier[tolerance=" + tolerance + "]";
    }
}
