package com.dentalai.hub.channels;

import com.dentalai.hub.connectors.whatsapp.WhatsAppSignatureVerifier;
import com.dentalai.hub.connectors.whatsapp.WhatsAppVerification;
import com.dentalai.hub.connectors.whatsapp.WhatsAppWebhook;
import com.dentalai.hub.connectors.whatsapp.WhatsAppWebhookParser;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.tenant.ChannelBindings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|POST /webhooks/whatsapp/{tenant}} (CONTRACTS.md). The POST body is taken as raw bytes
 * because the signature covers exactly what Meta sent; nothing is parsed before it verifies.
 */
@RestController
class WhatsAppWebhookController {

    static final String PRINCIPAL = "whatsapp-webhook";

    private final TenantDirectory tenants;
    private final ChannelSecrets secrets;
    private final InboundQueue queue;
    private final WhatsAppWebhookParser parser = new WhatsAppWebhookParser();

    WhatsAppWebhookController(TenantDirectory tenants, ChannelSecrets secrets, InboundQueue queue) {
        this.tenants = tenants;
        this.secrets = secrets;
        this.queue = queue;
    }

    @GetMapping(path = "/webhooks/whatsapp/{tenant}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(
            @PathVariable String tenant,
            @RequestParam(name = WhatsAppVerification.MODE, required = false) String mode,
            @RequestParam(name = WhatsAppVerification.VERIFY_TOKEN, required = false) String token,
            @RequestParam(name = WhatsAppVerification.CHALLENGE, required = false) String challenge) {
        ChannelBindings.WhatsApp binding = binding(tenant);
        return secrets.value(binding.verifyTokenEnv())
                .flatMap(expected -> new WhatsAppVerification(expected).challenge(mode, token, challenge))
                .map(answer ->
                        ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(answer))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.FORBIDDEN)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("verification failed"));
    }

    @PostMapping(path = "/webhooks/whatsapp/{tenant}")
    ResponseEntity<Void> receive(
            @PathVariable String tenant,
            @RequestHeader(name = WhatsAppSignatureVerifier.HEADER, required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        ChannelBindings.WhatsApp binding = binding(tenant);
        byte[] raw = body == null ? new byte[0] : body;
        boolean authentic = secrets.value(binding.appSecretEnv())
                .map(secret -> new WhatsAppSignatureVerifier(secret).isValid(raw, signature))
                .orElse(false);
        if (!authentic) {
            throw new ProblemException(
                    HttpStatus.UNAUTHORIZED, "webhook-signature", "X-Hub-Signature-256 is missing or does not verify");
        }
        WhatsAppWebhook webhook;
        try {
            webhook = parser.parse(tenant, raw);
        } catch (MalformedPayloadException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "malformed-webhook", e.getMessage());
        }
        for (InboundMessage message : webhook.messages()) {
            queue.publish(message, PRINCIPAL);
        }
        return ResponseEntity.ok().build();
    }

    /** The tenant's WhatsApp binding; 404 for an unknown tenant or one without WhatsApp. */
    private ChannelBindings.WhatsApp binding(String tenantId) {
        Tenant tenant = tenants.require(tenantId);
        if (!tenant.channels().hasWhatsapp()) {
            throw new ProblemException(
                    HttpStatus.NOT_FOUND, "channel-not-enabled", "WhatsApp is not enabled for this tenant");
        }
        return tenant.channels().whatsapp();
    }
}
