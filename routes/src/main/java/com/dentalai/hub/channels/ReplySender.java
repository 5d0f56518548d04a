package com.dentalai.hub.channels;

import com.dentalai.hub.connectors.telegram.TelegramApiSettings;
import com.dentalai.hub.connectors.telegram.TelegramClient;
import com.dentalai.hub.connectors.whatsapp.WhatsAppAccount;
import com.dentalai.hub.connectors.whatsapp.WhatsAppApiSettings;
import com.dentalai.hub.connectors.whatsapp.WhatsAppSender;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.ChannelBindings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Sends a turn's replies back on the channel the message came from, with the tenant's own number
 * or bot (tokens from the environment variables the tenants file names). Web chat replies are not
 * sent: its caller is waiting for them in the HTTP answer.
 */
@Component
public class ReplySender {

    private final TenantDirectory tenants;
    private final ChannelSecrets secrets;
    private final WhatsAppSender whatsapp;
    private final TelegramApiSettings telegramSettings;
    private final Map<String, TelegramClient> bots = new ConcurrentHashMap<>();

    ReplySender(TenantDirectory tenants, ChannelSecrets secrets, ChannelsProperties props) {
        this.tenants = tenants;
        this.secrets = secrets;
        this.whatsapp = new WhatsAppSender(new WhatsAppApiSettings(
                props.whatsapp().baseUrl(),
                props.whatsapp().apiVersion(),
                props.whatsapp().timeout(),
                16L * 1024 * 1024,
                null));
        this.telegramSettings =
                TelegramApiSettings.defaults().withBaseUrl(props.telegram().baseUrl());
    }

    /** The turn route's step: the replies of the turn in the exchange, in order. */
    public void deliver(Exchange exchange) {
        InboundMessage message = exchange.getProperty("hubInbound", InboundMessage.class);
        Turn turn = exchange.getProperty("hubTurn", Turn.class);
        Tenant tenant = tenants.require(message.tenant());
        if (message.channel() == Channel.TELEGRAM
                && message.content() instanceof MessageContent.Choice choice
                && choice.acknowledgeToken() != null) {
            // an unanswered callback query leaves the patient's button spinning
            bot(tenant).answerCallbackQuery(choice.acknowledgeToken(), null);
        }
        for (OutboundMessage reply : turn.replies()) {
            send(tenant, message.channel(), message.conversationKey(), reply);
        }
    }

    /** One reply outside a Dana turn (the files flow acknowledging a patient's photo). */
    public void reply(InboundMessage message, OutboundMessage reply) {
        send(tenants.require(message.tenant()), message.channel(), message.conversationKey(), reply);
    }

    /** Sends one message on the tenant's channel outside a turn (reminders, payment receipts). */
    public void send(Tenant tenant, Channel channel, String conversationKey, OutboundMessage reply) {
        switch (channel) {
            case WHATSAPP -> whatsapp.send(account(tenant), conversationKey, reply);
            case TELEGRAM -> bot(tenant).sendMessage(conversationKey, reply);
            case WEBCHAT -> {
                // answered synchronously by the web chat API
            }
        }
    }

    WhatsAppAccount account(Tenant tenant) {
        ChannelBindings.WhatsApp binding = tenant.channels().whatsapp();
        if (binding == null) {
            throw new IllegalStateException("WhatsApp is not enabled for tenant " + tenant.id());
        }
        String token = secrets.value(binding.accessTokenEnv())
                .orElseThrow(() -> new IllegalStateException("environment variable " + binding.accessTokenEnv()
                        + " (whatsapp access-token-env) is not set"));
        return new WhatsAppAccount(binding.phoneNumberId(), token);
    }

    TelegramClient bot(Tenant tenant) {
        ChannelBindings.Telegram binding = tenant.channels().telegram();
        if (binding == null) {
            throw new IllegalStateException("Telegram is not enabled for tenant " + tenant.id());
        }
        String token = secrets.value(binding.botTokenEnv())
                .orElseThrow(() -> new IllegalStateException(
                        "environment variable " + binding.botTokenEnv() + " (telegram bot-token-env) is not set"));
        return bots.computeIfAbsent(token, t -> new TelegramClient(telegramSettings, t));
    }
}
