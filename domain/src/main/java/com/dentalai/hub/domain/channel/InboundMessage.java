package com.dentalai.hub.domain.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * One message a patient sent us, already translated out of the channel's wire format.
 *
 * @param tenant the tenant whose channel received it (from the webhook path or the poller)
 * @param channel where it came from
 * @param providerMessageId the channel's own id, unique per channel and the key for de-duplication:
 *     a WhatsApp {@code wamid.…}, or {@code "tg:" + update_id} for Telegram
 * @param conversationKey who to answer: the WhatsApp {@code wa_id} or the Telegram chat id, always as
 *     a String because Telegram chat ids are negative for groups and exceed 32 bits
 * @param senderName the display name the channel reports; may be {@code null}; PHI — never log it
 * @param senderPhone the sender's phone in international form when the channel vouches for it
 *     (WhatsApp always; Telegram only when the user shares their own contact), else {@code null}
 * @param timestamp when the channel says the message was sent
 * @param content what was said
 */
public record InboundMessage(
        String tenant,
        Channel channel,
        String providerMessageId,
        String conversationKey,
        String senderName,
        String senderPhone,
        Instant timestamp,
        MessageContent content) {

    public InboundMessage {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(content, "content");
    }

    /** Deliberately omits name, phone and content: this string may reach a log, they are PHI. */
    @Override
    public String toString() {
        return "InboundMessage[tenant=" + tenant + ", channel=" + channel + ", providerMessageId=" + providerMessageId
                + ", content=" + content.kind() + ", timestamp=" + timestamp + "]";
    }
}
