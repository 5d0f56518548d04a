package com.dentalai.hub.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.channel.MessageContent.Choice;
import com.dentalai.hub.domain.channel.MessageContent.Command;
import com.dentalai.hub.domain.channel.MessageContent.ContactShared;
import com.dentalai.hub.domain.channel.MessageContent.Image;
import com.dentalai.hub.domain.channel.MessageContent.Location;
import com.dentalai.hub.domain.channel.MessageContent.Text;
import com.dentalai.hub.domain.channel.MessageContent.Unsupported;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramUpdateParserTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TelegramUpdateParser parser = new TelegramUpdateParser(JSON, Clock.fixed(NOW, ZoneOffset.UTC));

    private InboundMessage message(String json) {
        TelegramUpdate update = parser.parse("smile", json.getBytes(StandardCharsets.UTF_8));
        return update.inbound().orElseThrow();
    }

    // ---- real payloads

    @Test
    void privateTextFixture() {
        TelegramUpdate update = parser.parse("smile", Fixtures.bytes("update_private_text.json"));
        InboundMessage message = update.message();

        assertThat(update.updateId()).isEqualTo(178312874L);
        assertThat(update.kind()).isEqualTo("message");
        assertThat(message.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(message.providerMessageId()).isEqualTo("tg:178312874");
        assertThat(message.conversationKey()).isEqualTo("158584902");
        assertThat(message.senderName()).isEqualTo("Nicola Ferraro");
        assertThat(message.senderPhone()).isNull();
        assertThat(message.timestamp()).isEqualTo(Instant.ofEpochSecond(1554890836));
        assertThat(message.content()).isEqualTo(new Text("aho"));
    }

    @Test
    void startCommandFixtureWithoutEntities() {
        InboundMessage message = parser.parse("smile", Fixtures.bytes("update_start_command.json"))
                .message();
        assertThat(message.content()).isEqualTo(new Command("start", ""));
        assertThat(message.conversationKey()).isEqualTo("1111111");
    }

    @Test
    void inlineCallbackFixtureHasNoMessageSoTheUserIsTheConversation() {
        InboundMessage message = parser.parse("smile", Fixtures.bytes("update_callback_query.json"))
                .message();
        assertThat(message.content())
                .isEqualTo(new Choice("Data from button callback", null, "1234csdbsk4839", "4382bfdwdsb323b2d9"));
        assertThat(message.conversationKey()).isEqualTo("1111111");
        assertThat(message.timestamp()).isEqualTo(NOW);
    }

    @Test
    void contactFixtureWithoutUserIdIsSomeoneElses() {
        InboundMessage message =
                parser.parse("smile", Fixtures.bytes("update_contact.json")).message();
        assertThat(message.content()).isEqualTo(new ContactShared("0788531373", false));
        assertThat(message.senderPhone()).isNull();
    }

    @Test
    void getUpdatesFixtureWithGroupTextAndPhoto() throws Exception {
        JsonNode result =
                JSON.readTree(Fixtures.bytes("getupdates_text_and_photo.json")).path("result");
        InboundMessage group = parser.parse("smile", result.get(0)).message();
        InboundMessage photo = parser.parse("smile", result.get(1)).message();

        assertThat(group.conversationKey()).isEqualTo("-45658");
        assertThat(group.content()).isEqualTo(new Text("a message"));
        assertThat(photo.content())
                .isEqualTo(new Image("AgADBAADq6cxG0bQcwnUb4Cga-eXxnodQxkABDnWBzFwvqpw7XXXXXXX", "image/jpeg", null));
    }

    // ---- our own payloads

    @Test
    void commandsWithBotNameAndPayload() {
        assertThat(message(TelegramPayloads.command(1, 42, 42, "Dana", "/start@DentalAiBot smile-ref_7"))
                        .content())
                .isEqualTo(new Command("start", "smile-ref_7"));
        assertThat(message(TelegramPayloads.command(2, 42, 42, "Dana", "/Book tomorrow 10:00"))
                        .content())
                .isEqualTo(new Command("book", "tomorrow 10:00"));
        assertThat(message(TelegramPayloads.text(3, 42, 42, "Dana", "/start@DentalAiBot"))
                        .content())
                .as("no entities, still a command")
                .isEqualTo(new Command("start", ""));
        assertThat(message(TelegramPayloads.text(4, 42, 42, "Dana", "see /start"))
                        .content())
                .isEqualTo(new Text("see /start"));
        assertThat(message(TelegramPayloads.text(5, 42, 42, "Dana", "/path/to")).content())
                .isEqualTo(new Text("/path/to"));
    }

    @Test
    void commandPayloadAfterEmojiUsesUtf16Offsets() {
        assertThat(message(TelegramPayloads.command(6, 42, 42, "Dana", "/start 🦷 שלום"))
                        .content())
                .isEqualTo(new Command("start", "🦷 שלום"));
    }

    @Test
    void chatIdsBeyond32BitsAndNegativeStayExact() {
        long supergroup = -1001234567890123L;
        InboundMessage message = message(TelegramPayloads.text(7, supergroup, 5_000_000_001L, "Dana", "hi"));
        assertThat(message.conversationKey()).isEqualTo("-1001234567890123");
        assertThat(message(TelegramPayloads.text(8, 7_123_456_789L, 7_123_456_789L, "Dana", "hi"))
                        .conversationKey())
                .isEqualTo("7123456789");
    }

    @Test
    void ownContactVerifiesThePhone() {
        InboundMessage own = message(TelegramPayloads.contact(9, 42, 42, "Dana", "972501234567", 42L));
        assertThat(own.content()).isEqualTo(new ContactShared("+972501234567", true));
        assertThat(own.senderPhone()).isEqualTo("+972501234567");

        InboundMessage other = message(TelegramPayloads.contact(10, 42, 42, "Dana", "+972520000000", 43L));
        assertThat(other.content()).isEqualTo(new ContactShared("+972520000000", false));
        assertThat(other.senderPhone()).isNull();
    }

    @Test
    void photoTakesTheLargestSizeAndCaption() {
        assertThat(message(TelegramPayloads.photo(11, 42, 42, "my x-ray", "small", "medium", "large"))
                        .content())
                .isEqualTo(new Image("large", "image/jpeg", "my x-ray"));
    }

    @Test
    void callbackOnOurMessageFindsTheButtonTitle() {
        InboundMessage message =
                message(TelegramPayloads.callback(12, "cb-1", -1001234567890123L, 42, 77, "slot-3", "Tue 10:30"));
        assertThat(message.content()).isEqualTo(new Choice("slot-3", "Tue 10:30", "77", "cb-1"));
        assertThat(message.conversationKey()).isEqualTo("-1001234567890123");
        assertThat(message.senderName()).isEqualTo("Patient");
        assertThat(message.providerMessageId()).isEqualTo("tg:12");
    }

    @Test
    void locationsVenuesAndTheRest() throws Exception {
        JsonNode update = JSON.readTree(TelegramPayloads.text(13, 42, 42, "Dana", "x"));
        var message = (com.fasterxml.jackson.databind.node.ObjectNode) update.path("message");
        message.remove("text");
        message.putObject("location").put("latitude", 32.08).put("longitude", 34.78);
        assertThat(parser.parse("t", update).message().content()).isEqualTo(new Location(32.08, 34.78, null, null));
        message.putObject("venue").put("title", "Clinic").put("address", "Herzl 1");
        assertThat(parser.parse("t", update).message().content())
                .isEqualTo(new Location(32.08, 34.78, "Clinic", "Herzl 1"));
        message.remove("location");
        message.remove("venue");
        message.putObject("sticker").put("file_id", "s");
        assertThat(parser.parse("t", update).message().content()).isEqualTo(new Unsupported("sticker"));
        message.remove("sticker");
        message.putObject("something_new");
        assertThat(parser.parse("t", update).message().content()).isEqualTo(new Unsupported("unknown"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) message.path("from")).remove(List.of("first_name"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) message.path("from")).put("username", "dana_l");
        assertThat(parser.parse("t", update).message().senderName()).isEqualTo("dana_l");
    }

    @Test
    void updatesWithoutAMessageAreKeptForTheOffset() {
        TelegramUpdate edited = parser.parse(
                "t", "{\"update_id\":99,\"edited_message\":{\"message_id\":1}}".getBytes(StandardCharsets.UTF_8));
        assertThat(edited.kind()).isEqualTo("edited_message");
        assertThat(edited.inbound()).isEmpty();
        assertThat(parser.parse("t", "{\"update_id\":100}".getBytes(StandardCharsets.UTF_8))
                        .kind())
                .isEqualTo("empty");
        assertThat(TelegramUpdate.nextOffset(List.of(edited, new TelegramUpdate(97, "x", null)), 0))
                .isEqualTo(100);
        assertThat(TelegramUpdate.nextOffset(List.of(), 55)).isEqualTo(55);
    }

    @Test
    void malformedUpdatesAreRejectedClearly() {
        assertThatThrownBy(() -> parser.parse("t", "{oops".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageStartingWith("Telegram update is not valid JSON (line 1");
        assertThatThrownBy(() -> parser.parse("t", new byte[0])).hasMessage("Telegram update: empty body");
        assertThatThrownBy(() -> parser.parse("t", "{\"message\":{}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("not a Telegram update: 'update_id' is missing");
        assertThatThrownBy(() -> parser.parse(
                        "t", "{\"update_id\":1,\"message\":{\"text\":\"x\"}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Telegram update: 'message.chat.id' is missing");
        assertThatThrownBy(() -> parser.parse(
                        "t", "{\"update_id\":1,\"callback_query\":{\"data\":\"x\"}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Telegram update: 'callback_query.id' is missing");
    }

    @Test
    void secretTokenIsComparedExactly() {
        TelegramSecretTokenVerifier verifier = new TelegramSecretTokenVerifier("hook_Secret-1");
        assertThat(verifier.isValid("hook_Secret-1")).isTrue();
        assertThat(verifier.isValid("hook_secret-1")).isFalse();
        assertThat(verifier.isValid("hook_Secret-1 ")).isFalse();
        assertThat(verifier.isValid("")).isFalse();
        assertThat(verifier.isValid(null)).isFalse();
        assertThat(verifier.toString()).doesNotContain("hook_Secret-1");
        assertThatThrownBy(() -> new TelegramSecretTokenVerifier("has space"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TelegramSecretTokenVerifier("")).isInstanceOf(IllegalArgumentException.class);
    }
}
