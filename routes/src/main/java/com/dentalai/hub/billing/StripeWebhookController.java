package com.dentalai.hub.billing;

import com.dentalai.hub.connectors.stripe.StripeEvent;
import com.dentalai.hub.connectors.stripe.StripeEventReader;
import com.dentalai.hub.connectors.stripe.StripeSignatureException;
import com.dentalai.hub.connectors.stripe.StripeWebhookVerifier;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.gate.SystemPrincipals;
import com.dentalai.hub.platform.web.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/stripe} (CONTRACTS.md). The signature is checked on the raw bytes before
 * anything is read; a failure answers 400 (Stripe's convention) and nothing is processed. A
 * verified event goes to the {@code stripe-webhook} route as the system principal
 * {@code stripe-webhook}; Stripe gets 200 once it is applied (or known), so a failure makes Stripe
 * retry.
 */
@RestController
class StripeWebhookController {

    static final String PRINCIPAL = "stripe-webhook";
    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeSecrets secrets;
    private final BillingProperties props;
    private final StripeEventReader reader;
    private final GatedCalls calls;

    StripeWebhookController(StripeSecrets secrets, BillingProperties props, ObjectMapper json, GatedCalls calls) {
        this.secrets = secrets;
        this.props = props;
        this.reader = new StripeEventReader(json);
        this.calls = calls;
    }

    @PostMapping(path = "/webhooks/stripe", produces = "application/json")
    Map<String, Object> receive(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        byte[] raw = body == null ? new byte[0] : body;
        verify(raw, signature);
        StripeEvent event;
        try {
            event = reader.read(raw);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "malformed-body", e.getMessage());
        }
        calls.request(
                StripeWebhookRoute.WEBHOOK,
                SystemPrincipals.of(PRINCIPAL, null),
                null,
                event,
                Map.of(StripeWebhookRoute.EVENT_ID, event.id()),
                Object.class);
        return Map.of("received", true, "id", event.id());
    }

    private boolean verifies(String secret, byte[] raw, String signature) {
        try {
            new StripeWebhookVerifier(secret, props.signatureTolerance(), Clock.systemUTC()).verify(raw, signature);
            return true;
        } catch (StripeSignatureException e) {
            return false;
        }
    }

    private void verify(byte[] raw, String signature) {
        String secret = secrets.webhookSecret()
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "billing-not-configured",
                        "Stripe webhook secret is not configured (" + props.stripeWebhookSecretEnv() + ")"));
        try {
            new StripeWebhookVerifier(secret, props.signatureTolerance(), Clock.systemUTC()).verify(raw, signature);
        } catch (StripeSignatureException e) {
            // events on clinics' connected accounts come from the Connect endpoint, signed with its own secret
            Optional<String> connect = secrets.connectWebhookSecret();
            if (connect.isPresent() && verifies(connect.get(), raw, signature)) {
                return;
            }
            LOG.warn("Stripe webhook refused: {}", e.getMessage());
            throw new ProblemException(HttpStatus.BAD_REQUEST, "stripe-signature", "Stripe-Signature does not verify");
        }
    }
}
