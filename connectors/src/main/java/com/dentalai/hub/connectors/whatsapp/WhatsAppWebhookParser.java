package com.dentalai.hub.connectors.whatsapp;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.DeliveryStatus;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.channel.MessageContent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a WhatsApp Cloud API webhook ({@code object: whatsapp_business_account}) into our records.
 * Everything is an array ({@code entry[].changes[].value.messages[]/statuses[]/contacts[]}) and every
 * element is read. Types we do not handle become {@link MessageContent.Unsupported}; status values we
 * do not track (e.g. "deleted") are skipped. Verify the signature before calling this.
 */
public final class WhatsAppWebhookParser {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppWebhookParser.class);
    private static final String OBJECT = "whatsapp_business_account";

    private final ObjectMapper mapper;

    public WhatsAppWebhookParser() {
        this(new ObjectMapper());
    }

    public WhatsAppWebhookParser(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * @param tenant the tenant the webhook URL belongs to
     * @param rawBody the request body as received
     * @throws MalformedPayloadException when the body is not a WhatsApp webhook
     */
    public WhatsAppWebhook parse(String tenant, byte[] rawBody) {
        Objects.requireNonNull(tenant, "tenant");
        JsonNode root = readTree(rawBody);
        if (!root.isObject() || !OBJECT.equals(root.path("object").asText(null))) {
            throw new MalformedPayloadException("not a WhatsApp webhook: 'object' is not '" + OBJECT + "'");
        }
        JsonNode entries = root.path("entry");
        if (!entries.isArray()) {
            throw new MalformedPayloadException("WhatsApp webhook: 'entry' is not an array");
        }
        String phoneNumberId = null;
        List<InboundMessage> messages = new ArrayList<>();
        List<DeliveryStatus> statuses = new ArrayList<>();
        for (JsonNode entry : entries) {
            for (JsonNode change : entry.path("changes")) {
                // other fields (account_update, message_template_status_update …) are not conversations
                if (!"messages".equals(change.path("field").asText("messages"))) {
                    continue;
                }
                JsonNode value = change.path("value");
                String changePhoneId =
                        value.path("metadata").path("phone_number_id").asText(null);
                if (phoneNumberId == null) {
                    phoneNumberId = changePhoneId;
                }
                Map<String, String> names = contactNames(value.path("contacts"));
                for (JsonNode message : value.path("messages")) {
                    messages.add(message(tenant, message, names));
                }
                for (JsonNode status : value.path("statuses")) {
                    DeliveryStatus parsed = status(tenant, status);
                    if (parsed != null) {
                        statuses.add(parsed);
                    }
                }
            }
        }
        return new WhatsAppWebhook(phoneNumberId, messages, statuses);
    }

    private JsonNode readTree(byte[] rawBody) {
        if (rawBody == null || rawBody.length == 0) {
            throw new MalformedPayloadException("WhatsApp webhook: empty body");
        }
        try {
            return mapper.readTree(rawBody);
        } catch (JsonProcessingException e) {
            // the parser's message quotes the body, which may hold PHI: keep only the position
            throw new MalformedPayloadException("WhatsApp webhook is not valid JSON" + position(e));
        } catch (IOException e) {
            throw new MalformedPayloadException("WhatsApp webhook could not be read");
        }
    }

    static String position(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static Map<String, String> contactNames(JsonNode contacts) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode contact : contacts) {
            String waId = contact.path("wa_id").asText(null);
            String name = contact.path("profile").path("name").asText(null);
            if (waId != null && name != null) {
                names.put(waId, name);
            }
        }
        return names;
    }

    private static InboundMessage message(String tenant, JsonNode message, Map<String, String> names) {
        String id = required(message, "id", "messages[].id");
        String from = required(message, "from", "messages[].from");
        Instant timestamp = epochSeconds(message.path("timestamp"), "messages[].timestamp");
        String phone = from.chars().allMatch(Character::isDigit) ? "+" + from : null;
        return new InboundMessage(
                tenant, Channel.WHATSAPP, id, from, names.get(from), phone, timestamp, content(message, from));
    }

    private static MessageContent content(JsonNode message, String from) {
        String type = message.path("type").asText("unknown");
        String answered = message.path("context").path("id").asText(null);
        return switch (type) {
            case "text" -> new MessageContent.Text(
                    message.path("text").path("body").asText(""));
            case "interactive" -> interactive(message.path("interactive"), answered);
            case "button" -> new MessageContent.Choice(
                    message.path("button").path("payload").asText(""),
                    message.path("button").path("text").asText(null),
                    answered);
            case "image" -> image(message.path("image"));
            case "location" -> location(message.path("location"));
            case "contacts" -> contact(message.path("contacts"), from);
            default -> new MessageContent.Unsupported(type);
        };
    }

    private static MessageContent interactive(JsonNode interactive, String answered) {
        String type = interactive.path("type").asText("unknown");
        if (!"button_reply".equals(type) && !"list_reply".equals(type)) {
            return new MessageContent.Unsupported("interactive." + type);
        }
        JsonNode reply = interactive.path(type);
        return new MessageContent.Choice(
                required(reply, "id", "interactive." + type + ".id"),
                reply.path("title").asText(null),
                answered);
    }

    private static MessageContent image(JsonNode image) {
        return new MessageContent.Image(
                required(image, "id", "image.id"),
                image.path("mime_type").asText(null),
                image.path("caption").asText(null));
    }

    private static MessageContent location(JsonNode location) {
        if (!location.path("latitude").isNumber() || !location.path("longitude").isNumber()) {
            return new MessageContent.Unsupported("location");
        }
        return new MessageContent.Location(
                location.path("latitude").asDouble(),
                location.path("longitude").asDouble(),
                location.path("name").asText(null),
                location.path("address").asText(null));
    }

    private static MessageContent contact(JsonNode contacts, String from) {
        for (JsonNode contact : contacts) {
            for (JsonNode phone : contact.path("phones")) {
                String number = phone.path("phone").asText(phone.path("wa_id").asText(null));
                if (number != null && !number.isBlank()) {
                    boolean own = from.equals(phone.path("wa_id").asText(null));
                    return new MessageContent.ContactShared(MessageContent.ContactShared.normalisePhone(number), own);
                }
            }
        }
        return new MessageContent.Unsupported("contacts");
    }

    private static DeliveryStatus status(String tenant, JsonNode status) {
        String value = status.path("status").asText("").toLowerCase(Locale.ROOT);
        DeliveryStatus.State state =
                switch (value) {
                    case "sent" -> DeliveryStatus.State.SENT;
                    case "delivered" -> DeliveryStatus.State.DELIVERED;
                        // a voice message that was played has certainly been read
                    case "read", "played" -> DeliveryStatus.State.READ;
                    case "failed" -> DeliveryStatus.State.FAILED;
                    default -> null;
                };
        if (state == null) {
            LOG.debug("skipping WhatsApp status '{}'", value);
            return null;
        }
        JsonNode error = status.path("errors").path(0);
        Integer code =
                error.path("code").isIntegralNumber() ? error.path("code").asInt() : null;
        return new DeliveryStatus(
                tenant,
                required(status, "id", "statuses[].id"),
                status.path("recipient_id").asText(null),
                state,
                code,
                error.path("title").asText(null),
                epochSeconds(status.path("timestamp"), "statuses[].timestamp"));
    }

    private static String required(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new MalformedPayloadException("WhatsApp webhook: '" + path + "' is missing");
        }
        return value.asText();
    }

    private static Instant epochSeconds(JsonNode node, String path) {
        // Meta sends Unix seconds as a string; accept a number too
        try {
            return Instant.ofEpochSecond(Long.parseLong(node.asText("").strip()));
        } catch (NumberFormatException e) {
            throw new MalformedPayloadException("WhatsApp webhook: '" + path + "' is not Unix seconds");
        }
    }
}
