package com.dentalai.hub.connectors.whatsapp;

import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.OutboundMessage.Buttons;
import com.dentalai.hub.domain.channel.OutboundMessage.ListMenu;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import com.dentalai.hub.domain.channel.OutboundMessage.Template;
import com.dentalai.hub.domain.channel.OutboundMessage.Text;
import com.dentalai.hub.domain.channel.WindowClosedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.util.Objects;

/**
 * Sends our {@link OutboundMessage}s through the WhatsApp Cloud API:
 * {@code POST /{version}/{phone-number-id}/messages} with the tenant's bearer token.
 *
 * <p>Failures are {@link ChannelSendException}s: {@code RETRYABLE} (429, 5xx, throttling codes, network;
 * with {@code retryAfter} when Meta sent Retry-After), {@code PERMANENT} (other 4xx), or a
 * {@link WindowClosedException} (131047) after which the caller should send a {@link Template}.
 */
public final class WhatsAppSender {

    private final GraphHttp graph;

    public WhatsAppSender(WhatsAppApiSettings settings) {
        this(settings, defaultClient(settings), new ObjectMapper());
    }

    public WhatsAppSender(WhatsAppApiSettings settings, HttpClient http, ObjectMapper mapper) {
        this.graph = new GraphHttp(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(http, "http"),
                Objects.requireNonNull(mapper, "mapper"));
    }

    static HttpClient defaultClient(WhatsAppApiSettings settings) {
        return HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param to the recipient's {@code wa_id} (or international number)
     * @return the {@code wamid.…} Meta gave the message; status webhooks refer to it
     */
    public String send(WhatsAppAccount account, String to, OutboundMessage message) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
        JsonNode answer = graph.postJson(
                account,
                graph.settings().path(account.phoneNumberId(), "messages"),
                body(to, message),
                "send " + message.kind());
        JsonNode id = answer.path("messages").path(0).path("id");
        if (!id.isTextual() || id.asText().isBlank()) {
            throw new MalformedPayloadException("WhatsApp send answer has no messages[0].id");
        }
        return id.asText();
    }

    /**
     * Marks a patient's message as read (blue ticks), so they see the clinic has it while the answer
     * is being prepared. Same endpoint, {@code {status:"read", message_id}}.
     */
    public void markRead(WhatsAppAccount account, String wamid) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(wamid, "wamid");
        ObjectNode body = graph.mapper()
                .createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("status", "read")
                .put("message_id", wamid);
        graph.postJson(account, graph.settings().path(account.phoneNumberId(), "messages"), body, "mark read");
    }

    /** The request body Meta expects for this message, in the shape of its documentation. */
    ObjectNode body(String to, OutboundMessage message) {
        ObjectNode body = graph.mapper().createObjectNode();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", to);
        if (message instanceof Text text) {
            body.put("type", "text");
            body.putObject("text").put("preview_url", false).put("body", text.body());
        } else if (message instanceof Buttons buttons) {
            ObjectNode interactive = interactive(body, "button", buttons.text());
            ArrayNode array = interactive.putObject("action").putArray("buttons");
            for (Option option : buttons.options()) {
                ObjectNode button = array.addObject().put("type", "reply");
                button.putObject("reply").put("id", option.id()).put("title", option.title());
            }
        } else if (message instanceof ListMenu list) {
            ObjectNode interactive = interactive(body, "list", list.text());
            ObjectNode action = interactive.putObject("action").put("button", list.buttonLabel());
            ArrayNode rows = action.putArray("sections").addObject().putArray("rows");
            for (Option option : list.rows()) {
                ObjectNode row = rows.addObject().put("id", option.id()).put("title", option.title());
                if (option.description() != null) {
                    row.put("description", option.description());
                }
            }
        } else if (message instanceof Template template) {
            template(body, template);
        }
        return body;
    }

    private static ObjectNode interactive(ObjectNode body, String type, String text) {
        body.put("type", "interactive");
        ObjectNode interactive = body.putObject("interactive").put("type", type);
        interactive.putObject("body").put("text", text);
        return interactive;
    }

    private static void template(ObjectNode body, Template template) {
        body.put("type", "template");
        ObjectNode node = body.putObject("template").put("name", template.name());
        node.putObject("language").put("code", template.languageCode());
        if (template.parameters().isEmpty() && template.quickReplyPayloads().isEmpty()) {
            return;
        }
        ArrayNode components = node.putArray("components");
        if (!template.parameters().isEmpty()) {
            ArrayNode parameters = components.addObject().put("type", "body").putArray("parameters");
            template.parameters()
                    .forEach(p -> parameters.addObject().put("type", "text").put("text", p));
        }
        for (int i = 0; i < template.quickReplyPayloads().size(); i++) {
            components
                    .addObject()
                    .put("type", "button")
                    .put("sub_type", "quick_reply")
                    .put("index", String.valueOf(i))
                    .putArray("parameters")
                    .addObject()
                    .put("type", "payload")
                    .put("payload", template.quickReplyPayloads().get(i));
        }
    }

    @Override
    public String toString() {
        return "WhatsAppSender[" + graph.settings().baseUrl() + "]";
    }
}
