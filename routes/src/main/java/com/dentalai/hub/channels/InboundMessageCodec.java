package com.dentalai.hub.channels;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The queue form of an {@link InboundMessage}: our own small JSON, so the queue never carries a
 * vendor's payload and the consumer needs no channel knowledge. Explicit fields, no polymorphic
 * Jackson typing (which would let a message choose a class to instantiate).
 */
public final class InboundMessageCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InboundMessageCodec() {}

    public static String encode(InboundMessage m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", 1);
        root.put("tenant", m.tenant());
        root.put("channel", m.channel().name());
        root.put("provider_message_id", m.providerMessageId());
        root.put("conversation_key", m.conversationKey());
        root.put("sender_name", m.senderName());
        root.put("sender_phone", m.senderPhone());
        root.put("timestamp", m.timestamp().toString());
        ObjectNode c = root.putObject("content");
        c.put("kind", m.content().kind());
        content(c, m.content());
        return root.toString();
    }

    private static void content(ObjectNode c, MessageContent content) {
        if (content instanceof MessageContent.Text t) {
            c.put("body", t.body());
        } else if (content instanceof MessageContent.Choice ch) {
            c.put("id", ch.id());
            c.put("title", ch.title());
            c.put("answered", ch.answeredMessageId());
            c.put("ack", ch.acknowledgeToken());
        } else if (content instanceof MessageContent.Image i) {
            c.put("media_ref", i.mediaRef());
            c.put("mime_type", i.mimeType());
            c.put("caption", i.caption());
        } else if (content instanceof MessageContent.ContactShared cs) {
            c.put("phone", cs.phone());
            c.put("owner", cs.sharerIsOwner());
        } else if (content instanceof MessageContent.Command cmd) {
            c.put("name", cmd.name());
            c.put("payload", cmd.payload());
        } else if (content instanceof MessageContent.Location l) {
            c.put("lat", l.latitude());
            c.put("lon", l.longitude());
            c.put("name", l.name());
            c.put("address", l.address());
        } else {
            c.put("kind", "unsupported:" + content.kind());
        }
    }

    public static InboundMessage decode(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("inbound message is not JSON", e);
        }
        JsonNode c = root.path("content");
        return new InboundMessage(
                root.path("tenant").asText(),
                Channel.valueOf(root.path("channel").asText()),
                root.path("provider_message_id").asText(),
                root.path("conversation_key").asText(),
                str(root, "sender_name"),
                str(root, "sender_phone"),
                Instant.parse(root.path("timestamp").asText()),
                content(c));
    }

    private static MessageContent content(JsonNode c) {
        String kind = c.path("kind").asText();
        return switch (kind) {
            case "text" -> new MessageContent.Text(c.path("body").asText());
            case "choice" -> new MessageContent.Choice(
                    c.path("id").asText(), str(c, "title"), str(c, "answered"), str(c, "ack"));
            case "image" -> new MessageContent.Image(
                    c.path("media_ref").asText(), str(c, "mime_type"), str(c, "caption"));
            case "contact" -> new MessageContent.ContactShared(
                    c.path("phone").asText(), c.path("owner").asBoolean());
            case "command" -> new MessageContent.Command(c.path("name").asText(), str(c, "payload"));
            case "location" -> new MessageContent.Location(
                    c.path("lat").asDouble(), c.path("lon").asDouble(), str(c, "name"), str(c, "address"));
            default -> new MessageContent.Unsupported(
                    kind.startsWith("unsupported:") ? kind.substring("unsupported:".length()) : kind);
        };
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
