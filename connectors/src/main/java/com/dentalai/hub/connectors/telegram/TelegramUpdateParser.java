package com.dentalai.hub.connectors.telegram;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.channel.MessageContent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Telegram {@code Update} into our records. Chat ids are kept as Strings: they are negative
 * for groups and exceed 32 bits. The provider message id is {@code "tg:" + update_id}.
 */
public final class TelegramUpdateParser {

    // the official examples send "/start" without entities; real clients add a bot_command entity
    private static final Pattern LEADING_COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(@[A-Za-z0-9_]+)?(?=\\s|$)");
    private static final List<String> OTHER_KINDS = List.of(
            "sticker",
            "voice",
            "audio",
            "video",
            "video_note",
            "document",
            "animation",
            "poll",
            "dice",
            "game",
            "story",
            "invoice",
            "successful_payment",
            "new_chat_members",
            "left_chat_member");

    private final ObjectMapper mapper;
    private final Clock clock;

    public TelegramUpdateParser() {
        this(new ObjectMapper(), Clock.systemUTC());
    }

    /** @param clock stamps callback queries, which carry no date of their own */
    public TelegramUpdateParser(ObjectMapper mapper, Clock clock) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param tenant the tenant whose bot received the update
     * @param rawBody a webhook request body (one Update object)
     * @throws MalformedPayloadException when the body is not an Update
     */
    public TelegramUpdate parse(String tenant, byte[] rawBody) {
        if (rawBody == null || rawBody.length == 0) {
            throw new MalformedPayloadException("Telegram update: empty body");
        }
        JsonNode root;
        try {
            root = mapper.readTree(rawBody);
        } catch (JsonProcessingException e) {
            // the parser's message quotes the body, which may hold PHI: keep only the position
            throw new MalformedPayloadException("Telegram update is not valid JSON" + position(e));
        } catch (IOException e) {
            throw new MalformedPayloadException("Telegram update could not be read");
        }
        return parse(tenant, root);
    }

    /** One element of a getUpdates result, or a webhook body already read as a tree. */
    public TelegramUpdate parse(String tenant, JsonNode update) {
        Objects.requireNonNull(tenant, "tenant");
        if (update == null || !update.isObject() || !update.path("update_id").isIntegralNumber()) {
            throw new MalformedPayloadException("not a Telegram update: 'update_id' is missing");
        }
        long updateId = update.path("update_id").asLong();
        String providerId = "tg:" + updateId;
        if (update.has("message")) {
            return new TelegramUpdate(updateId, "message", message(tenant, providerId, update.path("message")));
        }
        if (update.has("callback_query")) {
            return new TelegramUpdate(
                    updateId, "callback_query", callback(tenant, providerId, update.path("callback_query")));
        }
        String kind = update.fieldNames().hasNext() ? otherField(update) : "empty";
        return new TelegramUpdate(updateId, kind, null);
    }

    static String position(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String otherField(JsonNode update) {
        var names = update.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!"update_id".equals(name)) {
                return name;
            }
        }
        return "empty";
    }

    private InboundMessage message(String tenant, String providerId, JsonNode message) {
        JsonNode from = message.path("from");
        String chatId = id(message.path("chat").path("id"), "message.chat.id");
        Instant date = Instant.ofEpochSecond(
                message.path("date").asLong(clock.instant().getEpochSecond()));
        MessageContent content = content(message, from);
        String phone = content instanceof MessageContent.ContactShared shared && shared.sharerIsOwner()
                ? shared.phone()
                : null;
        return new InboundMessage(tenant, Channel.TELEGRAM, providerId, chatId, name(from), phone, date, content);
    }

    private InboundMessage callback(String tenant, String providerId, JsonNode callback) {
        String callbackId = required(callback, "id", "callback_query.id");
        JsonNode from = callback.path("from");
        JsonNode message = callback.path("message");
        // an inline-mode message has no chat: answer the user privately (a private chat id is the user id)
        String chatId = message.path("chat").path("id").isIntegralNumber()
                ? message.path("chat").path("id").asText()
                : id(from.path("id"), "callback_query.from.id");
        String answered = message.path("message_id").isIntegralNumber()
                ? message.path("message_id").asText()
                : callback.path("inline_message_id").asText(null);
        String data = callback.path("data").asText("");
        MessageContent.Choice choice =
                new MessageContent.Choice(data, buttonTitle(message, data), answered, callbackId);
        return new InboundMessage(
                tenant, Channel.TELEGRAM, providerId, chatId, name(from), null, clock.instant(), choice);
    }

    /** Callback data is only the id; the title is on the button of the message we sent, when Telegram includes it. */
    private static String buttonTitle(JsonNode message, String data) {
        for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (data.equals(button.path("callback_data").asText(null))) {
                    return button.path("text").asText(null);
                }
            }
        }
        return null;
    }

    private static MessageContent content(JsonNode message, JsonNode from) {
        if (message.path("text").isTextual()) {
            return text(message.path("text").asText(), message.path("entities"));
        }
        if (message.path("photo").isArray() && !message.path("photo").isEmpty()) {
            JsonNode photo = message.path("photo");
            JsonNode largest = photo.get(photo.size() - 1);
            return new MessageContent.Image(
                    required(largest, "file_id", "photo[].file_id"),
                    "image/jpeg",
                    message.path("caption").asText(null));
        }
        if (message.has("contact")) {
            JsonNode contact = message.path("contact");
            String phone = required(contact, "phone_number", "contact.phone_number");
            boolean own = contact.path("user_id").isIntegralNumber()
                    && from.path("id").isIntegralNumber()
                    && contact.path("user_id").asLong() == from.path("id").asLong();
            return new MessageContent.ContactShared(MessageContent.ContactShared.normalisePhone(phone), own);
        }
        if (message.has("location")) {
            JsonNode location = message.path("location");
            JsonNode venue = message.path("venue");
            return new MessageContent.Location(
                    location.path("latitude").asDouble(),
                    location.path("longitude").asDouble(),
                    venue.path("title").asText(null),
                    venue.path("address").asText(null));
        }
        return new MessageContent.Unsupported(
                OTHER_KINDS.stream().filter(message::has).findFirst().orElse("unknown"));
    }

    private static MessageContent text(String text, JsonNode entities) {
        for (JsonNode entity : entities) {
            if ("bot_command".equals(entity.path("type").asText())
                    && entity.path("offset").asInt(-1) == 0) {
                // offsets and lengths are UTF-16 code units, which is what Java strings index by
                int end = Math.min(text.length(), entity.path("length").asInt(0));
                return command(text.substring(1, Math.max(1, end)), text.substring(Math.max(1, end)));
            }
        }
        Matcher leading = LEADING_COMMAND.matcher(text);
        if (leading.find()) {
            return command(leading.group(1), text.substring(leading.end()));
        }
        return new MessageContent.Text(text);
    }

    private static MessageContent command(String nameWithBot, String rest) {
        int at = nameWithBot.indexOf('@');
        String name = (at < 0 ? nameWithBot : nameWithBot.substring(0, at)).toLowerCase(Locale.ROOT);
        return new MessageContent.Command(name, rest.strip());
    }

    private static String name(JsonNode user) {
        String first = user.path("first_name").asText("");
        String last = user.path("last_name").asText("");
        String full = (first + " " + last).strip();
        if (!full.isEmpty()) {
            return full;
        }
        return user.path("username").asText(null);
    }

    private static String id(JsonNode node, String path) {
        if (!node.isIntegralNumber()) {
            throw new MalformedPayloadException("Telegram update: '" + path + "' is missing");
        }
        return node.asText();
    }

    private static String required(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new MalformedPayloadException("Telegram update: '" + path + "' is missing");
        }
        return value.asText();
    }
}
