package com.dentalai.hub.channels;

import com.dentalai.hub.connectors.telegram.TelegramApiSettings;
import com.dentalai.hub.connectors.telegram.TelegramClient;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.tenant.ChannelBindings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The two onboarding calls behind the gate (CHANNELS_MANAGE, tenant of the context): point the
 * tenant's Telegram bot at our webhook, and show what to paste into Meta's console for WhatsApp.
 * Secrets come from the variables the tenants file names; only the verify token is ever shown.
 */
@Component
class ChannelOnboarding {

    /** What Dana reads; Telegram sends nothing else (TelegramClient asks for the same list). */
    static final List<String> TELEGRAM_ALLOWED_UPDATES = List.of("message", "callback_query");

    private static final Logger LOG = LoggerFactory.getLogger(ChannelOnboarding.class);

    private final TenantDirectory tenants;
    private final ChannelSecrets secrets;
    private final ChannelOnboardingProperties onboarding;
    private final TelegramApiSettings telegramSettings;

    ChannelOnboarding(
            TenantDirectory tenants,
            ChannelSecrets secrets,
            ChannelOnboardingProperties onboarding,
            ChannelsProperties channels) {
        this.tenants = tenants;
        this.secrets = secrets;
        this.onboarding = onboarding;
        this.telegramSettings = new TelegramApiSettings(
                channels.telegram().baseUrl(), channels.telegram().timeout(), 20L * 1024 * 1024);
    }

    /** setWebhook for the tenant's bot: our URL, its secret token, the update kinds we handle. */
    Map<String, Object> registerTelegramWebhook(@ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        Tenant tenant = tenants.require(ctx.tenantId());
        ChannelBindings.Telegram binding = tenant.channels().telegram();
        if (binding == null) {
            throw new ChannelSetupException(
                    HttpStatus.NOT_FOUND, "channel-not-enabled", "Telegram is not enabled for this tenant");
        }
        if (binding.mode() == ChannelBindings.Telegram.Mode.POLLING) {
            throw new ChannelSetupException(
                    HttpStatus.CONFLICT,
                    "telegram-polling",
                    "this tenant reads Telegram by long polling (channels.telegram.mode: polling); a webhook would stop"
                            + " polling. Set mode: webhook in the tenants file and restart first");
        }
        String url = webhookUrl("telegram", tenant.id());
        String token = required(binding.botTokenEnv(), "telegram bot-token-env");
        String secret = required(binding.webhookSecretEnv(), "telegram webhook-secret-env");
        try {
            new TelegramClient(telegramSettings, token).setWebhook(url, secret);
        } catch (ChannelSendException e) {
            throw new ChannelSetupException(HttpStatus.BAD_GATEWAY, "telegram-refused", e.getMessage());
        } catch (IllegalArgumentException e) {
            // a malformed token or secret token; the message names the rule, never the value
            throw new ChannelSetupException(HttpStatus.CONFLICT, "channel-secret-invalid", e.getMessage());
        }
        LOG.info("Telegram webhook registered for tenant {}", tenant.id());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tenant", tenant.id());
        answer.put("webhook_url", url);
        answer.put("allowed_updates", TELEGRAM_ALLOWED_UPDATES);
        answer.put("secret_token_env", binding.webhookSecretEnv());
        return answer;
    }

    /** What Meta's console asks for: callback URL and verify token (shown to the tenant's admins only). */
    Map<String, Object> whatsappSetup(@ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        Tenant tenant = tenants.require(ctx.tenantId());
        ChannelBindings.WhatsApp binding = tenant.channels().whatsapp();
        if (binding == null) {
            throw new ChannelSetupException(
                    HttpStatus.NOT_FOUND, "channel-not-enabled", "WhatsApp is not enabled for this tenant");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tenant", tenant.id());
        answer.put("phone_number_id", binding.phoneNumberId());
        answer.put("webhook_url", webhookUrl("whatsapp", tenant.id()));
        answer.put("verify_token", required(binding.verifyTokenEnv(), "whatsapp verify-token-env"));
        answer.put("subscribe_fields", List.of("messages"));
        // the other two secrets are never shown: only whether the hub has them
        answer.put("app_secret_set", secrets.value(binding.appSecretEnv()).isPresent());
        answer.put("access_token_set", secrets.value(binding.accessTokenEnv()).isPresent());
        return answer;
    }

    private String webhookUrl(String channel, String tenantId) {
        if (onboarding.publicBaseUrl() == null) {
            throw new ChannelSetupException(
                    HttpStatus.CONFLICT,
                    "public-base-url-missing",
                    "hub.channels.onboarding.public-base-url (HUB_PUBLIC_BASE_URL) is not set: the hub does not know"
                            + " the address Meta and Telegram reach it at");
        }
        return onboarding.webhookUrl(channel, tenantId);
    }

    private String required(String envName, String what) {
        return secrets.value(envName)
                .orElseThrow(() -> new ChannelSetupException(
                        HttpStatus.CONFLICT,
                        "channel-secret-missing",
                        "environment variable " + envName + " (" + what + ") is not set"));
    }
}
