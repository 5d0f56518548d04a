package com.dentalai.hub.channels;

import com.dentalai.hub.connectors.whatsapp.WhatsAppApiSettings;
import com.dentalai.hub.connectors.whatsapp.WhatsAppMediaDownloader;
import com.dentalai.hub.domain.channel.ChannelMedia;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import org.springframework.stereotype.Component;

/**
 * Fetches the picture of an {@link MessageContent.Image} message from the channel it came on, with
 * the tenant's own number or bot: WhatsApp's media id through the Graph API (look-up, then the
 * short-lived URL with the bearer token), Telegram's largest photo size through getFile and the
 * file download. Throws the connectors' {@code ChannelSendException} (retryable or permanent) and
 * {@code MalformedPayloadException} unchanged: the caller decides what the patient is told.
 */
@Component
public class ChannelMediaFetcher {

    /** Above any channel's own limit (WhatsApp images 5 MB, Telegram bot downloads 20 MB). */
    private static final long DOWNLOAD_LIMIT = 20L * 1024 * 1024;

    private final TenantDirectory tenants;
    private final ReplySender senders;
    private final WhatsAppMediaDownloader whatsapp;

    ChannelMediaFetcher(TenantDirectory tenants, ReplySender senders, ChannelsProperties props) {
        this.tenants = tenants;
        this.senders = senders;
        this.whatsapp = new WhatsAppMediaDownloader(new WhatsAppApiSettings(
                props.whatsapp().baseUrl(),
                props.whatsapp().apiVersion(),
                props.whatsapp().timeout(),
                DOWNLOAD_LIMIT,
                null));
    }

    public ChannelMedia fetch(InboundMessage message) {
        if (!(message.content() instanceof MessageContent.Image image)) {
            throw new IllegalArgumentException("message " + message.providerMessageId() + " carries no image");
        }
        Tenant tenant = tenants.require(message.tenant());
        return switch (message.channel()) {
            case WHATSAPP -> whatsapp.download(senders.account(tenant), image.mediaRef());
            case TELEGRAM -> senders.bot(tenant).downloadFile(image.mediaRef());
            case WEBCHAT -> throw new IllegalArgumentException("web chat images are not fetched from a channel");
        };
    }
}
