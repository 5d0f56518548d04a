package com.dentalai.hub.connectors.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.DeliveryStatus;
import com.dentalai.hub.domain.channel.DeliveryStatus.State;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.MessageContent.Choice;
import com.dentalai.hub.domain.channel.MessageContent.ContactShared;
import com.dentalai.hub.domain.channel.MessageContent.Image;
import com.dentalai.hub.domain.channel.MessageContent.Location;
import com.dentalai.hub.domain.channel.MessageContent.Text;
import com.dentalai.hub.domain.channel.MessageContent.Unsupported;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WhatsAppWebhookParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE_ID = "1000001";
    private final WhatsAppWebhookParser parser = new WhatsAppWebhookParser();

    private WhatsAppWebhook parse(String body) {
        return parser.parse("smile", body.getBytes(StandardCharsets.UTF_8));
    }

    private InboundMessage single(String body) {
        WhatsAppWebhook webhook = parse(body);
        assertThat(webhook.messages()).hasSize(1);
        assertThat(webhook.statuses()).isEmpty();
        return webhook.messages().get(0);
    }

    // ---- real payloads

    @Test
    void signedTextFixture() {
        WhatsAppWebhook webhook = parser.parse("smile", Fixtures.bytes("incoming_text_signed.body.json"));

        assertThat(webhook.phoneNumberId()).isEqualTo("277321005464405");
        InboundMessage message = webhook.messages().get(0);
        assertThat(message.tenant()).isEqualTo("smile");
        assertThat(message.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(message.providerMessageId()).startsWith("wamid.HBgM");
        assertThat(message.conversationKey()).isEqualTo("972544401243");
        assertThat(message.senderName()).isEqualTo("PyWa Tests");
        assertThat(message.senderPhone()).isEqualTo("+972544401243");
        assertThat(message.timestamp()).isEqualTo(Instant.ofEpochSecond(1730231903));
        assertThat(message.content()).isEqualTo(new Text("Hey there! I am using PyWa."));
    }

    @Test
    void imageFixture() {
        InboundMessage message = parser.parse("smile", Fixtures.bytes("incoming_image.json"))
                .messages()
                .get(0);
        assertThat(message.content()).isEqualTo(new Image("65463453", "image/jpeg", null));
        assertThat(message.senderName()).isEqualTo("Test Name");
    }

    @Test
    void interactiveReplyFixtures() {
        InboundMessage button = parser.parse("smile", Fixtures.bytes("interactive_button_reply.json"))
                .messages()
                .get(0);
        assertThat(button.content()).isEqualTo(new Choice("id_button_reply", "Yes", null));
        assertThat(button.conversationKey()).isEqualTo("5678");
        assertThat(button.senderName()).isEqualTo("Kerry Fisher");

        InboundMessage list = parser.parse("smile", Fixtures.bytes("interactive_list_reply.json"))
                .messages()
                .get(0);
        assertThat(list.content()).isEqualTo(new Choice("id_list_reply", "Yes", null));
    }

    @Test
    void statusFixtures() throws Exception {
        JsonNode all = JSON.readTree(Fixtures.bytes("status_updates_sent_delivered_read_failed.json"));

        assertThat(status(all, "sent").state()).isEqualTo(State.SENT);
        assertThat(status(all, "delivered").state()).isEqualTo(State.DELIVERED);
        assertThat(status(all, "read").state()).isEqualTo(State.READ);
        assertThat(status(all, "played").state()).isEqualTo(State.READ);
        assertThat(status(all, "with_tracker").state()).isEqualTo(State.SENT);
        assertThat(status(all, "group").recipient()).isEqualTo("fowefinoewcnw");

        DeliveryStatus failed = status(all, "failed");
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.errorCode()).isEqualTo(130472);
        assertThat(failed.errorTitle()).isEqualTo("User's number is part of an experiment");
        assertThat(failed.providerMessageId()).isEqualTo("wamid.xyzxyz");
        assertThat(failed.recipient()).isEqualTo("972987654321");
        assertThat(failed.timestamp()).isEqualTo(Instant.ofEpochSecond(1689380458));
    }

    private DeliveryStatus status(JsonNode all, String key) throws Exception {
        WhatsAppWebhook webhook = parser.parse("smile", JSON.writeValueAsBytes(all.path(key)));
        assertThat(webhook.messages()).isEmpty();
        assertThat(webhook.statuses()).hasSize(1);
        return webhook.statuses().get(0);
    }

    // ---- our own payloads

    @Test
    void hebrewAndEmojiTextSurviveMetaEscaping() {
        InboundMessage message =
                single(WhatsAppPayloads.text(PHONE_ID, "972501234567", "דנה", "wamid.1", "שלום 🦷", 1));
        assertThat(message.content()).isEqualTo(new Text("שלום 🦷"));
        assertThat(message.senderName()).isEqualTo("דנה");
    }

    @Test
    void repliesKeepTheAnsweredMessageId() {
        assertThat(single(WhatsAppPayloads.buttonReply(
                                PHONE_ID, "9725", "D", "wamid.2", "wamid.OURS", "slot-1", "10:30", 1))
                        .content())
                .isEqualTo(new Choice("slot-1", "10:30", "wamid.OURS"));
        assertThat(single(WhatsAppPayloads.listReply(
                                PHONE_ID, "9725", "D", "wamid.3", "wamid.OURS", "slot-7", "Tue 10:30", "Dr. Cohen", 1))
                        .content())
                .isEqualTo(new Choice("slot-7", "Tue 10:30", "wamid.OURS"));
        assertThat(single(WhatsAppPayloads.templateButton(
                                PHONE_ID, "9725", "D", "wamid.4", "wamid.REMINDER", "confirm", "Confirm", 1))
                        .content())
                .isEqualTo(new Choice("confirm", "Confirm", "wamid.REMINDER"));
    }

    @Test
    void imageWithCaption() {
        assertThat(single(WhatsAppPayloads.image(PHONE_ID, "9725", "D", "wamid.5", "m-1", "image/png", "my x-ray", 1))
                        .content())
                .isEqualTo(new Image("m-1", "image/png", "my x-ray"));
    }

    @Test
    void sharedContactsTellOwnNumberFromSomeoneElses() {
        assertThat(single(WhatsAppPayloads.contact(
                                PHONE_ID, "972501234567", "D", "wamid.6", "Me", "+972 50-123-4567", "972501234567", 1))
                        .content())
                .isEqualTo(new ContactShared("+972501234567", true));
        assertThat(single(WhatsAppPayloads.contact(
                                PHONE_ID, "972501234567", "D", "wamid.7", "Mom", "+972 52 000 0000", null, 1))
                        .content())
                .isEqualTo(new ContactShared("+972520000000", false));
    }

    @Test
    void otherTypesAreUnsupportedNotDropped() {
        assertThat(single(WhatsAppPayloads.ofType(PHONE_ID, "9725", "D", "wamid.8", "sticker", 1))
                        .content())
                .isEqualTo(new Unsupported("sticker"));
        assertThat(single(WhatsAppPayloads.ofType(PHONE_ID, "9725", "D", "wamid.9", "unsupported", 1))
                        .content())
                .isEqualTo(new Unsupported("unsupported"));
        assertThat(single(WhatsAppPayloads.ofType(PHONE_ID, "9725", "D", "wamid.10", "brand_new_type", 1))
                        .content())
                .isEqualTo(new Unsupported("brand_new_type"));
    }

    @Test
    void locationAndUnknownInteractive() throws Exception {
        ObjectNode root =
                (ObjectNode) JSON.readTree(WhatsAppPayloads.ofType(PHONE_ID, "9725", "D", "wamid.11", "location", 1));
        ObjectNode message = (ObjectNode) root.at("/entry/0/changes/0/value/messages/0");
        message.putObject("location")
                .put("latitude", 32.08)
                .put("longitude", 34.78)
                .put("name", "Clinic");
        MessageContent content = parser.parse("t", JSON.writeValueAsBytes(root))
                .messages()
                .get(0)
                .content();
        assertThat(content).isEqualTo(new Location(32.08, 34.78, "Clinic", null));

        message.putObject("location").put("latitude", "x");
        assertThat(parser.parse("t", JSON.writeValueAsBytes(root))
                        .messages()
                        .get(0)
                        .content())
                .isEqualTo(new Unsupported("location"));

        message.put("type", "interactive").putObject("interactive").put("type", "nfm_reply");
        assertThat(parser.parse("t", JSON.writeValueAsBytes(root))
                        .messages()
                        .get(0)
                        .content())
                .isEqualTo(new Unsupported("interactive.nfm_reply"));
    }

    @Test
    void everyEntryChangeAndMessageIsRead() throws Exception {
        ObjectNode first = (ObjectNode) JSON.readTree(WhatsAppPayloads.text(PHONE_ID, "1", "A", "wamid.a", "one", 1));
        JsonNode second = JSON.readTree(WhatsAppPayloads.text(PHONE_ID, "2", "B", "wamid.b", "two", 2));
        JsonNode status = JSON.readTree(WhatsAppPayloads.status(PHONE_ID, "wamid.OURS", "1", "delivered", 3));
        ((ArrayNode) first.at("/entry/0/changes/0/value/messages"))
                .add(second.at("/entry/0/changes/0/value/messages/0"));
        ((ArrayNode) first.at("/entry/0/changes/0/value/contacts"))
                .add(second.at("/entry/0/changes/0/value/contacts/0"));
        ((ArrayNode) first.path("entry")).add(status.at("/entry/0"));
        ObjectNode template =
                ((ArrayNode) first.at("/entry/0/changes")).addObject().put("field", "message_template_status_update");
        template.putObject("value").put("event", "APPROVED");

        WhatsAppWebhook webhook = parser.parse("t", JSON.writeValueAsBytes(first));

        assertThat(webhook.messages())
                .extracting(InboundMessage::providerMessageId)
                .containsExactly("wamid.a", "wamid.b");
        assertThat(webhook.messages()).extracting(InboundMessage::senderName).containsExactly("A", "B");
        assertThat(webhook.statuses()).extracting(DeliveryStatus::state).containsExactly(State.DELIVERED);
        assertThat(webhook.isEmpty()).isFalse();
    }

    @Test
    void ownStatusPayloadsAndUntrackedStates() {
        DeliveryStatus failed = parse(
                        WhatsAppPayloads.failedStatus(PHONE_ID, "wamid.X", "9725", 131047, "Re-engagement message", 5))
                .statuses()
                .get(0);
        assertThat(failed.errorCode()).isEqualTo(131047);
        assertThat(parse(WhatsAppPayloads.status(PHONE_ID, "wamid.X", "9725", "deleted", 5))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void malformedPayloadsAreRejectedClearly() {
        assertThatThrownBy(() -> parse("{not json"))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageStartingWith("WhatsApp webhook is not valid JSON (line 1");
        assertThatThrownBy(() -> parser.parse("t", new byte[0])).hasMessage("WhatsApp webhook: empty body");
        assertThatThrownBy(() -> parse("[]")).hasMessageContaining("'object' is not 'whatsapp_business_account'");
        assertThatThrownBy(() -> parse("{\"object\":\"page\",\"entry\":[]}")).hasMessageContaining("'object'");
        assertThatThrownBy(() -> parse("{\"object\":\"whatsapp_business_account\"}"))
                .hasMessage("WhatsApp webhook: 'entry' is not an array");
        String noId = WhatsAppPayloads.text(PHONE_ID, "1", "A", "wamid.a", "secret words", 1)
                .replace("\"id\":\"wamid.a\",", "");
        assertThatThrownBy(() -> parse(noId)).hasMessage("WhatsApp webhook: 'messages[].id' is missing");
        String badTime = WhatsAppPayloads.text(PHONE_ID, "1", "A", "wamid.a", "x", 1)
                .replace("\"timestamp\":\"1\"", "\"timestamp\":\"soon\"");
        assertThatThrownBy(() -> parse(badTime))
                .hasMessage("WhatsApp webhook: 'messages[].timestamp' is not Unix seconds");
        assertThatThrownBy(
                        () -> parse(
                                "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"value\":{\"messages\":[secret]}}]}]}"))
                .isInstanceOf(MalformedPayloadException.class)
                .message()
                .doesNotContain("secret");
    }

    @Test
    void emptyDeliveryHasNoPhoneNumber() {
        WhatsAppWebhook webhook = parse("{\"object\":\"whatsapp_business_account\",\"entry\":[]}");
        assertThat(webhook.phoneNumberId()).isNull();
        assertThat(webhook.isEmpty()).isTrue();
    }
}
