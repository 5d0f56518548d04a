package com.dentalai.hub.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.ChannelMedia;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.ChannelSendException.Kind;
import com.dentalai.hub.domain.channel.InvalidMessageException;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.OutboundMessage.Buttons;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import com.dentalai.hub.domain.channel.OutboundMessage.Template;
import com.dentalai.hub.domain.channel.OutboundMessage.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelegramClientTest {

    private static TelegramBotApiStandIn bot;
    private static TelegramClient client;

    @BeforeAll
    static void start() {
        bot = new TelegramBotApiStandIn().start();
        client = new TelegramClient(TelegramApiSettings.defaults().withBaseUrl(bot.url()), bot.token());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @BeforeEach
    void reset() {
        bot.reset();
    }

    @Test
    void sendsTextToA64BitChatIdAsANumber() {
        String messageId = client.sendMessage("-1001234567890123", new Text("Your appointment is confirmed 🦷"));

        assertThat(Long.parseLong(messageId)).isPositive();
        JsonNode sent = bot.lastSent().orElseThrow();
        assertThat(sent.path("chat_id").isIntegralNumber()).isTrue();
        assertThat(sent.path("chat_id").asLong()).isEqualTo(-1001234567890123L);
        assertThat(sent.path("text").asText()).isEqualTo("Your appointment is confirmed 🦷");
        assertThat(sent.has("reply_markup")).isFalse();
    }

    @Test
    void longTextIsSentWhole() {
        String text = "א".repeat(3000) + "🦷".repeat(1000);
        client.sendMessage("42", new Text(text));
        assertThat(bot.lastSent().orElseThrow().path("text").asText()).isEqualTo(text);
    }

    @Test
    void choicesBecomeAnInlineKeyboardOneButtonPerRow() {
        client.sendMessage("42", new Buttons("Book 10:30?", List.of(Option.of("yes", "Yes"), Option.of("no", "No"))));

        JsonNode keyboard = bot.lastSent().orElseThrow().at("/reply_markup/inline_keyboard");
        assertThat(keyboard.size()).isEqualTo(2);
        assertThat(keyboard.at("/0/0/text").asText()).isEqualTo("Yes");
        assertThat(keyboard.at("/0/0/callback_data").asText()).isEqualTo("yes");
        assertThat(keyboard.at("/1/0/callback_data").asText()).isEqualTo("no");

        List<Option> slots = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            slots.add(new Option("slot-" + i, "Slot " + i, "Dr. Cohen"));
        }
        client.sendMessage("42", OutboundMessage.choices("Pick", "Times", "More…", slots, 0));
        JsonNode list = bot.lastSent().orElseThrow();
        assertThat(list.path("text").asText()).isEqualTo("Pick");
        assertThat(list.at("/reply_markup/inline_keyboard").size()).isEqualTo(10);
        assertThat(list.at("/reply_markup/inline_keyboard/9/0/callback_data").asText())
                .isEqualTo("more:9");
    }

    @Test
    void templatesAreWhatsAppOnly() {
        assertThatThrownBy(() -> client.sendMessage("42", new Template("appointment_reminder", "he", List.of())))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("Telegram has no templates");
        assertThat(bot.calls()).isEmpty();
    }

    @Test
    void answersCallbacksAndSetsTheWebhook() {
        client.answerCallbackQuery("cb-1", null);
        client.answerCallbackQuery("cb-2", "Booked ✔");
        client.setWebhook("https://hub.example/webhooks/telegram/smile", "hook_secret-1");
        client.deleteWebhook();

        assertThat(bot.answeredCallbacks()).hasSize(2);
        assertThat(bot.answeredCallbacks().get(0).has("text")).isFalse();
        assertThat(bot.answeredCallbacks().get(1).path("callback_query_id").asText())
                .isEqualTo("cb-2");
        assertThat(bot.answeredCallbacks().get(1).path("text").asText()).isEqualTo("Booked ✔");
        JsonNode webhook = bot.webhook().orElseThrow();
        assertThat(webhook.path("url").asText()).isEqualTo("https://hub.example/webhooks/telegram/smile");
        assertThat(webhook.path("secret_token").asText()).isEqualTo("hook_secret-1");
        assertThat(webhook.path("allowed_updates").toString()).isEqualTo("[\"message\",\"callback_query\"]");
        assertThat(bot.calls("deleteWebhook")).hasSize(1);
        assertThatThrownBy(() -> client.setWebhook("https://x", "bad secret"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longPollingReceivesQueuedUpdatesAndConfirmsThem() {
        bot.enqueueUpdate(TelegramPayloads.text(500, 42, 42, "Dana", "hello"));
        bot.enqueueUpdate("{\"update_id\":501,\"edited_message\":{\"message_id\":3}}");

        List<TelegramUpdate> first = client.getUpdates("smile", 0, 0);
        assertThat(first).extracting(TelegramUpdate::updateId).containsExactly(500L, 501L);
        assertThat(first.get(0).message().content()).isEqualTo(new MessageContent.Text("hello"));
        assertThat(first.get(0).message().tenant()).isEqualTo("smile");
        long offset = TelegramUpdate.nextOffset(first, 0);
        assertThat(offset).isEqualTo(502);

        CompletableFuture<List<TelegramUpdate>> waiting =
                CompletableFuture.supplyAsync(() -> client.getUpdates("smile", offset, 2));
        await().until(() -> bot.waitingPolls() == 1);
        bot.enqueueUpdate(TelegramPayloads.callback(502, "cb-9", 42, 42, 7, "yes", "Yes"));

        List<TelegramUpdate> second = waiting.join();
        assertThat(second).extracting(TelegramUpdate::updateId).containsExactly(502L);
        assertThat(bot.pendingUpdates()).isEqualTo(1);
        assertThat(client.getUpdates("smile", 503, 0)).isEmpty();
        assertThat(bot.pendingUpdates()).isZero();
        assertThat(bot.calls("getUpdates").get(1).path("timeout").asInt()).isEqualTo(2);
    }

    @Test
    void downloadsFilesThroughGetFile() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        bot.putFile("large", "photos/file_7.jpg", jpeg);

        ChannelMedia media = client.downloadFile("large");

        assertThat(media).isEqualTo(new ChannelMedia(jpeg, "image/jpeg"));
        assertThat(bot.calls("getFile").get(0).path("file_id").asText()).isEqualTo("large");

        TelegramClient tiny =
                new TelegramClient(new TelegramApiSettings(bot.url(), Duration.ofSeconds(5), 4), bot.token());
        ChannelSendException e = catchThrowableOfType(() -> tiny.downloadFile("large"), ChannelSendException.class);
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e).hasMessage("Telegram file exceeds 4 bytes");

        assertThatThrownBy(() -> client.downloadFile("missing"))
                .isInstanceOfSatisfying(
                        ChannelSendException.class, x -> assertThat(x.kind()).isEqualTo(Kind.PERMANENT));
    }

    @Test
    void floodControlIsRetryableWithRetryAfter() {
        bot.failNextWithRetryAfter("sendMessage", 3);
        ChannelSendException e =
                catchThrowableOfType(() -> client.sendMessage("42", new Text("hi")), ChannelSendException.class);

        assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(e.providerCode()).contains(429);
        assertThat(e.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(e).hasMessage("Telegram sendMessage failed: 429 Too Many Requests: retry after 3");
        assertThat(client.sendMessage("42", new Text("hi"))).isNotBlank();
    }

    @Test
    void serverErrorsAreRetryableAndRefusalsPermanent() {
        bot.failNext("sendMessage", 502, "Bad Gateway");
        assertThat(catchThrowableOfType(() -> client.sendMessage("42", new Text("hi")), ChannelSendException.class)
                        .isRetryable())
                .isTrue();
        client.sendMessage("42", new Text("delivered"));

        bot.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
        ChannelSendException blocked =
                catchThrowableOfType(() -> client.sendMessage("42", new Text("hi")), ChannelSendException.class);
        assertThat(blocked.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(blocked.providerCode()).contains(403);
        assertThat(blocked.retryAfter()).isEmpty();

        bot.failNext("answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired");
        assertThatThrownBy(() -> client.answerCallbackQuery("old", null)).hasMessageContaining("query is too old");
    }

    @Test
    void theTokenNeverShowsUp() {
        String wrongToken = StandInCredentials.get("stand-in.telegram.wrong-bot-token");
        TelegramClient wrong = new TelegramClient(TelegramApiSettings.defaults().withBaseUrl(bot.url()), wrongToken);
        ChannelSendException unauthorized =
                catchThrowableOfType(() -> wrong.sendMessage("42", new Text("hi")), ChannelSendException.class);
        assertThat(unauthorized.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(unauthorized.providerCode()).contains(401);
        assertThat(unauthorized.getMessage()).doesNotContain(wrongToken).doesNotContain("AAWrong");
        assertThat(wrong.toString()).isEqualTo("TelegramClient[bot=999999999, token=***, " + bot.url() + "]");

        TelegramClient nowhere = new TelegramClient(
                TelegramApiSettings.defaults().withBaseUrl(URI.create("http://127.0.0.1:1")), bot.token());
        ChannelSendException down =
                catchThrowableOfType(() -> nowhere.sendMessage("42", new Text("hi")), ChannelSendException.class);
        assertThat(down.isRetryable()).isTrue();
        assertThat(down.getMessage()).doesNotContain(bot.token());
        assertThat(down.getCause()).isNull();

        bot.failNext("sendMessage", 400, "Bad Request: token " + bot.token() + " echoed");
        assertThatThrownBy(() -> client.sendMessage("42", new Text("hi")))
                .hasMessageNotContaining(bot.token())
                .hasMessageContaining("<token>");

        assertThatThrownBy(() -> new TelegramClient(TelegramApiSettings.defaults(), "not-a-token-value"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not-a-token-value");
    }

    @Test
    void readsTheRealSendMessageAndGetUpdatesAnswers() throws Exception {
        byte[] sendAnswer = Fixtures.bytes("sendmessage_response.json");
        byte[] updatesAnswer = Fixtures.bytes("getupdates_text_and_photo.json");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] answer = exchange.getRequestURI().getPath().endsWith("/getUpdates") ? updatesAnswer : sendAnswer;
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        try {
            TelegramClient fixtureClient = new TelegramClient(
                    TelegramApiSettings.defaults()
                            .withBaseUrl(URI.create(
                                    "http://127.0.0.1:" + server.getAddress().getPort())),
                    bot.token());
            assertThat(fixtureClient.sendMessage("434822960", new Text("hi"))).isEqualTo("937");
            List<TelegramUpdate> updates = fixtureClient.getUpdates("smile", 0, 0);
            assertThat(updates).extracting(TelegramUpdate::updateId).containsExactly(525704898L, 525704899L);
            assertThat(updates.get(1).message().content()).isInstanceOf(MessageContent.Image.class);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void settingsValidate() {
        assertThat(new TelegramApiSettings(URI.create("http://127.0.0.1:9/"), null, 1).baseUrl())
                .hasToString("http://127.0.0.1:9");
        assertThatThrownBy(() -> new TelegramApiSettings(URI.create("file:/x"), null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TelegramApiSettings(URI.create("http://h"), null, 0))
                .hasMessageContaining("maxFileBytes");
        assertThatThrownBy(() -> client.getUpdates("t", 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
