package com.dentalai.hub.domain.tenant;

import com.dentalai.hub.domain.support.Copies;
import java.util.List;

/**
 * Which channels a tenant uses. A {@code null} WhatsApp or Telegram binding means the channel is not
 * enabled for the tenant; web chat is always on, and with no {@code allowed-origins} it only accepts
 * the hub's own widget page ({@code /chat/{tenant}}).
 */
public record ChannelBindings(WhatsApp whatsapp, Telegram telegram, WebChat webchat) {

    public ChannelBindings {
        webchat = webchat == null ? new WebChat(null) : webchat;
    }

    public static ChannelBindings defaults() {
        return new ChannelBindings(null, null, null);
    }

    public boolean hasWhatsapp() {
        return whatsapp != null;
    }

    public boolean hasTelegram() {
        return telegram != null;
    }

    ChannelBindings withEnvDefaults(String envPrefix) {
        return new ChannelBindings(
                whatsapp == null ? null : whatsapp.withEnvDefaults(envPrefix),
                telegram == null ? null : telegram.withEnvDefaults(envPrefix),
                webchat);
    }

    /**
     * WhatsApp Cloud API binding: {@code phoneNumberId} routes inbound webhooks to the tenant; env names
     * default to {@code <PREFIX>_WHATSAPP_APP_SECRET}, {@code _VERIFY_TOKEN}, {@code _ACCESS_TOKEN}.
     */
    public record WhatsApp(String phoneNumberId, String appSecretEnv, String verifyTokenEnv, String accessTokenEnv) {

        WhatsApp withEnvDefaults(String prefix) {
            return new WhatsApp(
                    phoneNumberId,
                    orDefault(appSecretEnv, prefix + "_WHATSAPP_APP_SECRET"),
                    orDefault(verifyTokenEnv, prefix + "_WHATSAPP_VERIFY_TOKEN"),
                    orDefault(accessTokenEnv, prefix + "_WHATSAPP_ACCESS_TOKEN"));
        }
    }

    /**
     * Telegram Bot API binding: webhook (default) or long polling; env names default to {@code
     * <PREFIX>_TELEGRAM_BOT_TOKEN} and {@code <PREFIX>_TELEGRAM_WEBHOOK_SECRET}.
     */
    public record Telegram(Mode mode, String botTokenEnv, String webhookSecretEnv) {

        public enum Mode {
            WEBHOOK,
            POLLING
        }

        public Telegram {
            mode = mode == null ? Mode.WEBHOOK : mode;
        }

        Telegram withEnvDefaults(String prefix) {
            return new Telegram(
                    mode,
                    orDefault(botTokenEnv, prefix + "_TELEGRAM_BOT_TOKEN"),
                    orDefault(webhookSecretEnv, prefix + "_TELEGRAM_WEBHOOK_SECRET"));
        }
    }

    /** Web chat: the browser origins allowed to call {@code POST /api/v1/chat} for this tenant. */
    public record WebChat(List<String> allowedOrigins) {

        public WebChat {
            allowedOrigins = Copies.copy(allowedOrigins);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
