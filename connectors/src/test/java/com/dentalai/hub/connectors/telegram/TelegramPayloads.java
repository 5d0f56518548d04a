package com.dentalai.hub.connectors.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds Telegram {@code Update} JSON in the Bot API's shape, for webhook bodies (post with header
 * {@code X-Telegram-Bot-Api-Secret-Token}) or {@link TelegramBotApiStandIn#enqueueUpdate}. A positive
 * chat id is a private chat (same as the user id), a negative one a group.
 */
public final class TelegramPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DATE = 1_730_000_000L;

    private TelegramPayloads() {}

    public static String text(long updateId, long chatId, long fromId, String firstName, String text) {
        ObjectNode update = update(updateId, chatId, fromId, firstName);
        ObjectNode message = messageOf(update);
        message.put("text", text);
        return write(update);
    }

    /** {@code /start}, {@code /start payload} or {@code /start@BotName payload}, with its bot_command entity. */
    public static String command(long updateId, long chatId, long fromId, String firstName, String commandText) {
        ObjectNode update = update(updateId, chatId, fromId, firstName);
        ObjectNode message = messageOf(update);
        message.put("text", commandText);
        int space = commandText.indexOf(' ');
        int length = space < 0 ? commandText.length() : space;
        message.putArray("entities")
                .addObject()
                .put("offset", 0)
                .put("length", length)
                .put("type", "bot_command");
        return write(update);
    }

    /**
     * A tap on an inline button of our message {@code messageId}; the message is included with its
     * keyboard, as Telegram does for messages the bot sent.
     */
    public static String callback(
            long updateId,
            String callbackId,
            long chatId,
            long fromId,
            long messageId,
            String data,
            String buttonText) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode callback = update.putObject("callback_query").put("id", callbackId);
        user(callback.putObject("from"), fromId, "Patient");
        ObjectNode message = callback.putObject("message").put("message_id", messageId);
        user(message.putObject("from"), 123456789L, "StandInBot").put("is_bot", true);
        chat(message.putObject("chat"), chatId, "Patient");
        message.put("date", DATE).put("text", "Pick one");
        message.putObject("reply_markup")
                .putArray("inline_keyboard")
                .addArray()
                .addObject()
                .put("text", buttonText)
                .put("callback_data", data);
        callback.put("chat_instance", "-" + chatId).put("data", data);
        return write(update);
    }

    /** A shared contact; {@code contactUserId} equal to {@code fromId} means the sender's own number. */
    public static String contact(
            long updateId, long chatId, long fromId, String firstName, String phoneNumber, Long contactUserId) {
        ObjectNode update = update(updateId, chatId, fromId, firstName);
        ObjectNode message = messageOf(update);
        ObjectNode contact =
                message.putObject("contact").put("phone_number", phoneNumber).put("first_name", firstName);
        if (contactUserId != null) {
            contact.put("user_id", contactUserId);
        }
        return write(update);
    }

    /** A photo in sizes {@code fileIds} (smallest first, like Telegram). */
    public static String photo(long updateId, long chatId, long fromId, String caption, String... fileIds) {
        ObjectNode update = update(updateId, chatId, fromId, "Patient");
        ObjectNode message = messageOf(update);
        ArrayNode photo = message.putArray("photo");
        int size = 90;
        for (String fileId : fileIds) {
            photo.addObject()
                    .put("file_id", fileId)
                    .put("file_unique_id", "u" + fileId)
                    .put("file_size", size * 100)
                    .put("width", size)
                    .put("height", size);
            size *= 2;
        }
        if (caption != null) {
            message.put("caption", caption);
        }
        return write(update);
    }

    /** A {@code getUpdates} answer wrapping these updates. */
    public static String getUpdatesResponse(String... updates) {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        ArrayNode result = answer.putArray("result");
        for (String update : updates) {
            result.add(read(update));
        }
        return write(answer);
    }

    /** An Update holding a message; fill it in through {@link #messageOf(ObjectNode)}. */
    private static ObjectNode update(long updateId, long chatId, long fromId, String firstName) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = update.putObject("message").put("message_id", (updateId % 100_000) + 1);
        user(message.putObject("from"), fromId, firstName).put("is_bot", false).put("language_code", "he");
        chat(message.putObject("chat"), chatId, firstName);
        message.put("date", DATE);
        return update;
    }

    private static ObjectNode messageOf(ObjectNode update) {
        return (ObjectNode) update.get("message");
    }

    private static ObjectNode user(ObjectNode user, long id, String firstName) {
        return user.put("id", id).put("first_name", firstName);
    }

    private static void chat(ObjectNode chat, long chatId, String firstName) {
        chat.put("id", chatId);
        if (chatId > 0) {
            chat.put("first_name", firstName).put("type", "private");
        } else {
            chat.put("title", "Clinic group").put("type", "supergroup");
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
