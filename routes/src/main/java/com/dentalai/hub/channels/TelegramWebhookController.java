package com.dentalai.hub.channels;

import com.dentalai.hub.connectors.telegram.TelegramSecretTokenVerifier;
import com.dentalai.hub.connectors.telegram.TelegramUpdate;
import com.dentalai.hub.connectors.telegram.TelegramUpdateParser;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.tenant.ChannelBindings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/telegram/{tenant}} (CONTRACTS.md): the secret token set with {@code
 * setWebhook} must come back in its header (Telegram signs no body); then the update joins the same
 * work queue as WhatsApp's messages.
 */
@RestController
class TelegramWebhookController {

    static final String PRINCIPAL = "telegram-webhook";

    private final TenantDirectory tenants;
    private final ChannelSecrets secrets;
    private final InboundQueue queue;
    private final TelegramUpdateParser parser = new TelegramUpdateParser();

    TelegramWebhookController(TenantDirectory tenants, ChannelSecrets secrets, InboundQueue queue) {
        this.tenants = tenants;
        this.secrets = secrets;
        this.queue = queue;
    }

    @PostMapping(path = "/webhooks/telegram/{tenant}")
    ResponseEntity<Void> receive(
            @PathVariable String tenant,
            @RequestHeader(name = TelegramSecretTokenVerifier.HEADER, required = false) String token,
            @RequestBody(required = false) byte[] body) {
        ChannelBindings.Telegram binding = binding(tenant);
        boolean authentic = secrets.value(binding.webhookSecretEnv())
                .map(secret -> new TelegramSecretTokenVerifier(secret).isValid(token))
                .orElse(false);
        if (!authentic) {
            throw new ProblemException(
                    HttpStatus.UNAUTHORIZED,
                    "webhook-secret",
                    TelegramSecretTokenVerifier.HEADER + " is missing or wrong");
        }
        TelegramUpdate update;
        try {
            update = parser.parse(tenant, body == null ? new byte[0] : body);
        } catch (MalformedPayloadException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "malformed-webhook", e.getMessage());
        }
        update.inbound().ifPresent(message -> queue.publish(message, PRINCIPAL));
        return ResponseEntity.ok().build();
    }

    private ChannelBindings.Telegram binding(String tenantId) {
        Tenant tenant = tenants.require(tenantId);
        if (!tenant.channels().hasTelegram()) {
            throw new ProblemException(
                    HttpStatus.NOT_FOUND, "channel-not-enabled", "Telegram is not enabled for this tenant");
        }
        return tenant.channels().telegram();
    }
}
