package com.dentalai.hub.connectors.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds WhatsApp Cloud API webhook bodies in Meta's exact shape (compact JSON, non-ASCII escaped as
 * {@code \\uXXXX} like Meta does), and signs them like Meta: {@code sha256=<hex HMAC-SHA256(body,
 * app secret)>}. For connector and route tests; post the String's UTF-8 bytes unchanged.
 *
 * <pre>{@code
 * String body = WhatsAppPayloads.text("1000001", "972501234567", "Dana", "wamid.A1", "שלום", 1730231903);
 * post("/webhooks/whatsapp/smile", body, Map.of("X-Hub-Signature-256", WhatsAppPayloads.sign(body, secret)));
 * }</pre>
 */
public final class WhatsAppPayloads {

    private static final JsonMapper META =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private WhatsAppPayloads() {}

    /** {@code sha256=<hex>}, the {@code X-Hub-Signature-256} value Meta would send for these bytes. */
    public static String sign(byte[] body, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(String body, String appSecret) {
        return sign(body.getBytes(StandardCharsets.UTF_8), appSecret);
    }

    public static String text(
            String phoneNumberId, String waId, String name, String wamid, String body, long epochSeconds) {
        ObjectNode value = value(phoneNumberId, waId, name);
        ObjectNode message = message(value, waId, wamid, epochSeconds, "text");
        message.putObject("text").put("body", body);
        return webhook(value);
    }

    /** A tap on a reply button of our interactive message {@code answeredWamid}. */
    public static String buttonReply(
            String phoneNumberId,
            String waId,
            String name,
            String wamid,
            String answeredWamid,
            String buttonId,
            String title,
            long epochSeconds) {
        ObjectNode value = value(phoneNumberId, waId, name);
        ObjectNode message = message(value, waId, wamid, epochSeconds, "interactive");
        message.putObject("context").put("from", phoneNumberId).put("id", answeredWamid);
        ObjectNode interactive = message.putObject("interactive").put("type", "button_reply");
        interactive.putObject("button_reply").put("id", buttonId).put("title", title);
        return webhook(value);
    }

    /** A row picked from our list message {@code answeredWamid}. */
    public static String listReply(
            String phoneNumberId,
            String waId,
            String name,
            String wamid,
            String answeredWamid,
            String rowId,
            String title,
            String description,
            long epochSeconds) {
        ObjectNode value = value(phoneNumberId, waId, name);
        ObjectNode message = message(value, waId, wamid, epochSeconds, "interactive");
        message.putObject("context").put("from", phoneNumberId).put("id", answeredWamid);
        ObjectNode interactive = message.putObject("interactive").put("type", "list_reply");
        ObjectNode reply = interactive.putObject("list_reply").put("id", rowId).put("title", title);
        if (description != null) {
            reply.put("description", description);
        }
        return webhook(value);
    }

    /** A tap on a template's quick-reply button: type {@code button} with the payload we set. */
    public static String templateButton(
            String phoneNumberId,
            String waId,
            String name,
            String wamid,
            String answeredWamid,
            String payload,
            String text,
            long epochSeconds) {
        ObjectNode value = value(phoneNumberId, waId, name);
        ObjectNode message = message(value, waId, wamid, epochSeconds, "button");
        message.putObject("context").put("from", phoneNumberId).put("id", answeredWamid);
        message.putObject("button").put("payload", payload).put("text", text);
        return webhook(value);
    }

    public static String image(
            String phoneNumberId,
            String waId,
            String name,
            String wamid,
            String mediaId,
            String mimeType,
            String caption,
            long epochSeconds) {
        ObjectNode value = value(phoneNumberId, waId, name);
        ObjectNode message = message(value, waId, wamid, epochSeconds, "image");
        ObjectNode image = message.putObject("image");
        if (caption != null) {
            image.put("caption", caption);
        }
        image.put("mime_type", mimeType).put("sha256", "cGF5bG9hZA==").put("id", mediaId);
        return webhook(value);
    }

    /** A contact card; {@code cardWaId} equal to {@code waId} means the sender shared their own number. */
    public static String contact(
            String phoneNumberId,
            String waId,
            String name,
            String wamid,
            String cardName,
            String cardPhone,
            String cardWaId,
            long epochSeconds) {
        ObjectNode value = value(phoneNumberId, waId, name);
        ObjectNode message = message(value, waId, wamid, epochSeconds, "contacts");
        ObjectNode card = message.putArray("contacts").addObject();
        card.putObject("name").put("formatted_name", cardName).put("first_name", cardName);
        ObjectNode phone =
                card.putArray("phones").addObject().put("phone", cardPhone).put("type", "CELL");
        if (cardWaId != null) {
            phone.put("wa_id", cardWaId);
        }
        return webhook(value);
    }

    /** Any message type we do not handle, e.g. "sticker" or "unsupported". */
    public static String ofType(
            String phoneNumberId, String waId, String name, String wamid, String type, long epochSeconds) {
        ObjectNode value = value(phoneNumberId, waId, name);
        ObjectNode message = message(value, waId, wamid, epochSeconds, type);
        if ("unsupported".equals(type)) {
            message.putArray("errors")
                    .addObject()
                    .put("code", 131051)
                    .put("title", "Message type unknown")
                    .put("message", "Message type unknown");
        } else {
            message.putObject(type).put("id", "media-" + wamid);
        }
        return webhook(value);
    }

    /** A status webhook (no messages, no contacts): sent / delivered / read / played. */
    public static String status(
            String phoneNumberId, String wamid, String recipientWaId, String status, long epochSeconds) {
        ObjectNode value = value(phoneNumberId, null, null);
        statusNode(value, wamid, recipientWaId, status, epochSeconds);
        return webhook(value);
    }

    public static String failedStatus(
            String phoneNumberId, String wamid, String recipientWaId, int code, String title, long epochSeconds) {
        ObjectNode value = value(phoneNumberId, null, null);
        ObjectNode status = statusNode(value, wamid, recipientWaId, "failed", epochSeconds);
        status.putArray("errors")
                .addObject()
                .put("code", code)
                .put("title", title)
                .put("message", title)
                .put("href", "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/");
        return webhook(value);
    }

    private static ObjectNode statusNode(
            ObjectNode value, String wamid, String recipientWaId, String status, long epochSeconds) {
        ObjectNode node = value.putArray("statuses")
                .addObject()
                .put("id", wamid)
                .put("status", status)
                .put("timestamp", String.valueOf(epochSeconds))
                .put("recipient_id", recipientWaId);
        if (!"failed".equals(status)) {
            node.putObject("conversation")
                    .put("id", "conv-" + wamid)
                    .putObject("origin")
                    .put("type", "service");
            node.putObject("pricing")
                    .put("billable", true)
                    .put("pricing_model", "CBP")
                    .put("category", "service");
        }
        return node;
    }

    private static ObjectNode value(String phoneNumberId, String waId, String name) {
        ObjectNode value = META.createObjectNode().put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "15550000000").put("phone_number_id", phoneNumberId);
        if (waId != null) {
            ObjectNode contact = value.putArray("contacts").addObject();
            contact.putObject("profile").put("name", name);
            contact.put("wa_id", waId);
        }
        return value;
    }

    private static ObjectNode message(ObjectNode value, String waId, String wamid, long epochSeconds, String type) {
        ArrayNode messages = value.putArray("messages");
        return messages.addObject()
                .put("from", waId)
                .put("id", wamid)
                .put("timestamp", String.valueOf(epochSeconds))
                .put("type", type);
    }

    private static String webhook(ObjectNode value) {
        ObjectNode root = META.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode change = root.putArray("entry")
                .addObject()
                .put("id", "102290129340398")
                .putArray("changes")
                .addObject();
        change.set("value", value);
        change.put("field", "messages");
        try {
            return META.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
