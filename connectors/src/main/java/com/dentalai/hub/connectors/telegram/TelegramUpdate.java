package com.dentalai.hub.connectors.telegram;

import com.dentalai.hub.domain.channel.InboundMessage;
import java.util.List;
import java.util.Optional;

/**
 * One Telegram {@code Update}. Updates we do not turn into messages (edited messages, channel posts,
 * member changes …) are kept with an empty message so a poller still moves its offset past them.
 *
 * @param updateId Telegram's update id; updates can repeat, so de-duplicate on it
 * @param kind the update's field name: "message", "callback_query", "edited_message" …
 * @param message the translated message, or null when this update carries none
 */
public record TelegramUpdate(long updateId, String kind, InboundMessage message) {

    public Optional<InboundMessage> inbound() {
        return Optional.ofNullable(message);
    }

    /** The getUpdates offset that confirms all of {@code updates}: the highest id + 1. */
    public static long nextOffset(List<TelegramUpdate> updates, long currentOffset) {
        return updates.stream().mapToLong(u -> u.updateId() + 1).reduce(currentOffset, Math::max);
    }
}
