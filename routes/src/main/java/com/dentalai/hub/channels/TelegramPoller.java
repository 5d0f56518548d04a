package com.dentalai.hub.channels;

import com.dentalai.hub.connectors.telegram.TelegramApiSettings;
import com.dentalai.hub.connectors.telegram.TelegramClient;
import com.dentalai.hub.connectors.telegram.TelegramUpdate;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.tenant.ChannelBindings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One long poll of a tenant's bot ({@code getUpdates} with the stored offset): each update goes to
 * the same inbound queue as a webhook delivery, then the offset moves past it. An update queued
 * but not yet confirmed when the hub stops is read again after the restart and de-duplicated on
 * its update_id by the conversation turn; none is lost, none is answered twice.
 *
 * <p>Telegram refuses getUpdates (409) while a webhook is set, so the first poll of each bot
 * deletes any webhook (switching a tenant from webhook to polling), and a 409 later (someone set
 * a webhook meanwhile) is logged and answered the same way.
 */
@Component
class TelegramPoller {

    static final String PRINCIPAL = "telegram-poller";
    static final String TENANT_HEADER = "HubTelegramPollTenant";

    private static final Logger LOG = LoggerFactory.getLogger(TelegramPoller.class);
    private static final int CONFLICT = 409;

    private final TenantDirectory tenants;
    private final ChannelSecrets secrets;
    private final InboundQueue queue;
    private final TelegramOffsets offsets;
    private final TelegramPollingProperties polling;
    private final TelegramApiSettings settings;
    private final Map<String, TelegramClient> bots = new ConcurrentHashMap<>();
    private final Set<String> webhookCleared = ConcurrentHashMap.newKeySet();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    TelegramPoller(
            TenantDirectory tenants,
            ChannelSecrets secrets,
            InboundQueue queue,
            TelegramOffsets offsets,
            TelegramPollingProperties polling,
            ChannelsProperties channels) {
        this.tenants = tenants;
        this.secrets = secrets;
        this.queue = queue;
        this.offsets = offsets;
        this.polling = polling;
        this.settings = new TelegramApiSettings(
                channels.telegram().baseUrl(), channels.telegram().timeout(), 20L * 1024 * 1024);
    }

    /**
     * The polling route's step.
     *
     * @return how many updates were read (and their offset stored)
     */
    public int poll(@Header(TENANT_HEADER) String tenantId) {
        Optional<String> token = token(tenantId);
        if (token.isEmpty()) {
            return 0;
        }
        String botId = token.get().substring(0, token.get().indexOf(':'));
        String bot = tenantId + "|" + botId;
        TelegramClient client;
        try {
            client = bots.computeIfAbsent(token.get(), t -> new TelegramClient(settings, t));
        } catch (IllegalArgumentException e) {
            warnOnce(bot + "|token", "Telegram polling for tenant {} stopped: {}", tenantId, e.getMessage());
            return 0;
        }
        if (!webhookCleared.contains(bot) && !deleteWebhook(client, tenantId, botId)) {
            return 0;
        }
        List<TelegramUpdate> updates;
        try {
            updates = client.getUpdates(tenantId, offsets.next(tenantId, botId), (int)
                    polling.timeout().toSeconds());
        } catch (ChannelSendException e) {
            if (e.providerCode().orElse(0) == CONFLICT) {
                LOG.warn(
                        "Telegram refused getUpdates for tenant {} (bot {}): a webhook is set, and Telegram allows"
                                + " polling or a webhook, not both. The tenant is configured for polling"
                                + " (channels.telegram.mode: polling): deleting the webhook",
                        tenantId,
                        botId);
                webhookCleared.remove(bot);
                deleteWebhook(client, tenantId, botId);
            } else {
                LOG.warn("Telegram getUpdates for tenant {} (bot {}) failed: {}", tenantId, botId, e.getMessage());
            }
            return 0;
        }
        for (TelegramUpdate update : updates) {
            update.inbound().ifPresent(message -> queue.publish(message, PRINCIPAL));
            offsets.advance(tenantId, botId, update.updateId() + 1);
        }
        return updates.size();
    }

    /** The tenant's bot token, when the tenant still polls and the variable is set. */
    private Optional<String> token(String tenantId) {
        Tenant tenant = tenants.require(tenantId);
        ChannelBindings.Telegram binding = tenant.channels().telegram();
        if (binding == null || binding.mode() != ChannelBindings.Telegram.Mode.POLLING) {
            return Optional.empty();
        }
        Optional<String> token = secrets.value(binding.botTokenEnv());
        if (token.isEmpty() || token.get().indexOf(':') < 1) {
            warnOnce(
                    tenantId + "|no-token",
                    "Telegram polling for tenant {} is idle: environment variable {} (telegram bot-token-env) is not"
                            + " set or not a bot token",
                    tenantId,
                    binding.botTokenEnv());
            return Optional.empty();
        }
        return token;
    }

    private boolean deleteWebhook(TelegramClient client, String tenantId, String botId) {
        try {
            client.deleteWebhook();
        } catch (ChannelSendException e) {
            LOG.warn("Telegram deleteWebhook for tenant {} (bot {}) failed: {}", tenantId, botId, e.getMessage());
            return false;
        }
        webhookCleared.add(tenantId + "|" + botId);
        LOG.info("Telegram polling for tenant {} (bot {}): no webhook set, reading getUpdates", tenantId, botId);
        return true;
    }

    private void warnOnce(String key, String format, Object... args) {
        if (warned.add(key)) {
            LOG.warn(format, args);
        }
    }
}
