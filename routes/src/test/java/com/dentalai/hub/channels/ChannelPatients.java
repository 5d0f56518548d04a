package com.dentalai.hub.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.telegram.TelegramPayloads;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Patients of smile-tlv talking to the running app the way the real channels do: signed WhatsApp
 * webhooks and secret-bearing Telegram updates posted over HTTP, the replies read back from the
 * Graph API and Bot API stand-ins. One per test instance; the counter behind message ids, update
 * ids and the tests' own phone numbers starts at random so test classes sharing the one context
 * (and its de-duplication store) never collide.
 */
public final class ChannelPatients {

    public static final String TENANT = "smile-tlv";
    public static final String PHONE_NUMBER_ID = "1000001";
    public static final String TURN_ROUTE = "conversation-turn";

    private final TestRestTemplate http;
    private final CamelContext camel;
    private final String wamidPrefix;
    private final GraphApiStandIn graph = SandboxChannels.graph();
    private final TelegramBotApiStandIn telegram = SandboxChannels.telegram();
    private long seq = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    /** {@code wamidPrefix} keeps one test class's WhatsApp message ids apart from another's. */
    public ChannelPatients(TestRestTemplate http, CamelContext camel, String wamidPrefix) {
        this.http = http;
        this.camel = camel;
        this.wamidPrefix = wamidPrefix;
    }

    public WhatsAppPatient whatsApp(String waId) {
        return new WhatsAppPatient(waId);
    }

    public TelegramPatient telegram(long chat) {
        return new TelegramPatient(chat);
    }

    /** The current value of the counter (tests build phone numbers and chat ids from it). */
    public long seq() {
        return seq;
    }

    /** A fresh WhatsApp message id. */
    public String wamid() {
        return wamidPrefix + (++seq);
    }

    /** A fresh Telegram update id. */
    public long update() {
        return ++seq;
    }

    public static long now() {
        return Instant.now().getEpochSecond();
    }

    /** Posts a signed WhatsApp webhook for smile-tlv and asserts the 200. */
    public void postWhatsApp(String body) {
        ResponseEntity<String> r = post(
                "/webhooks/whatsapp/" + TENANT, body, WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET), null);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** Posts a Telegram update with smile-tlv's webhook secret and asserts the 200. */
    public void postTelegram(String body) {
        ResponseEntity<String> r = post("/webhooks/telegram/" + TENANT, body, null, SandboxChannels.TELEGRAM_SECRET);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** A raw JSON post with an optional WhatsApp signature and Telegram secret, for the refused cases. */
    public ResponseEntity<String> post(String path, String body, String signature, String telegramSecret) {
        return post(http, path, body, signature, telegramSecret);
    }

    public static ResponseEntity<String> post(
            TestRestTemplate http, String path, String body, String signature, String telegramSecret) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            h.set("X-Hub-Signature-256", signature);
        }
        if (telegramSecret != null) {
            h.set("X-Telegram-Bot-Api-Secret-Token", telegramSecret);
        }
        return http.postForEntity(path, new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), h), String.class);
    }

    /** Waits for {@code route} to finish one exchange started by {@code send}. */
    public void awaitDone(String route, int seconds, String what, Runnable send) {
        NotifyBuilder done =
                new NotifyBuilder(camel).fromRoute(route).whenDone(1).create();
        send.run();
        assertThat(done.matches(seconds, TimeUnit.SECONDS)).as(what).isTrue();
    }

    /** The ids of a WhatsApp interactive message's buttons and list rows, in order. */
    public static List<String> whatsAppOptions(JsonNode message) {
        List<String> ids = new ArrayList<>();
        JsonNode action = message.path("interactive").path("action");
        action.path("buttons").forEach(b -> ids.add(b.path("reply").path("id").asText()));
        action.path("sections")
                .forEach(s -> s.path("rows").forEach(r -> ids.add(r.path("id").asText())));
        return ids;
    }

    /** The callback data of a Telegram message's inline keyboard, in order. */
    public static List<String> telegramOptions(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("reply_markup")
                .path("inline_keyboard")
                .forEach(row -> row.forEach(b -> ids.add(b.path("callback_data").asText())));
        return ids;
    }

    /** The text a patient reads in a WhatsApp message, plain or interactive. */
    public static String whatsAppText(JsonNode m) {
        return m.has("text")
                ? m.path("text").path("body").asText()
                : m.path("interactive").path("body").path("text").asText();
    }

    /** What a test driving a dialogue by its offered choices needs, on either channel. */
    public interface Patient {

        /** Taps the offered choice {@code id} and waits for the turn and its reply. */
        Patient taps(String id);

        /** The latest message to this patient; fails when there is none. */
        JsonNode lastReply();

        /** The ids of the choices the latest message offers, in order. */
        List<String> lastChoices();
    }

    /** One WhatsApp number (wa_id, no '+'). */
    public final class WhatsAppPatient implements Patient {

        private final String waId;

        private WhatsAppPatient(String waId) {
            this.waId = waId;
        }

        /** Sends a text and waits for the turn and its reply. */
        public WhatsAppPatient says(String text) {
            return sends(textPayload(text));
        }

        @Override
        public WhatsAppPatient taps(String id) {
            return sends(tapPayload(id));
        }

        /** Posts {@code body} and waits for the conversation turn and a new reply to this number. */
        public WhatsAppPatient sends(String body) {
            return sendsThrough(TURN_ROUTE, 30, "turn done", body);
        }

        /** Posts {@code body} and waits for {@code route} to finish and a new reply to this number. */
        public WhatsAppPatient sendsThrough(String route, int seconds, String what, String body) {
            int before = replies().size();
            awaitDone(route, seconds, what, () -> postWhatsApp(body));
            // every turn answers: wait for this one's reply, not just for some turn to finish
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> replies().size() > before);
            return this;
        }

        public String textPayload(String text) {
            return WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Pat", wamid(), text, now());
        }

        public String tapPayload(String id) {
            return WhatsAppPayloads.buttonReply(PHONE_NUMBER_ID, waId, "Pat", wamid(), "wamid.any", id, "ok", now());
        }

        /** Every message the Graph stand-in accepted for this number, oldest first. */
        public List<JsonNode> replies() {
            return graph.acceptedMessages().stream()
                    .filter(m -> waId.equals(m.path("to").asText()))
                    .toList();
        }

        @Override
        public JsonNode lastReply() {
            List<JsonNode> mine = replies();
            assertThat(mine).as("replies to the patient").isNotEmpty();
            return mine.get(mine.size() - 1);
        }

        @Override
        public List<String> lastChoices() {
            return whatsAppOptions(lastReply());
        }

        public List<String> texts() {
            return replies().stream().map(ChannelPatients::whatsAppText).toList();
        }

        /** The latest text to this number, or "" when nothing was sent yet. */
        public String lastText() {
            List<String> texts = texts();
            return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
        }
    }

    /** One Telegram private chat (chat id = user id). */
    public final class TelegramPatient implements Patient {

        private final long chat;

        private TelegramPatient(long chat) {
            this.chat = chat;
        }

        /** Sends a text as "פט" and waits for the turn and its reply. */
        public TelegramPatient says(String text) {
            return sends(TelegramPayloads.text(update(), chat, chat, "פט", text));
        }

        @Override
        public TelegramPatient taps(String data) {
            return taps(data, "ok");
        }

        public TelegramPatient taps(String data, String label) {
            return sends(TelegramPayloads.callback(update(), "cb" + update(), chat, chat, 77, data, label));
        }

        /** Posts {@code body} (an update in this chat) and waits for the turn and a new reply here. */
        public TelegramPatient sends(String body) {
            int before = replies().size();
            awaitDone(TURN_ROUTE, 30, "turn done", () -> postTelegram(body));
            // every turn answers: wait for this one's reply, not just for some turn to finish
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> replies().size() > before);
            return this;
        }

        /** Every message the Bot API stand-in accepted for this chat, oldest first. */
        public List<JsonNode> replies() {
            return telegram.acceptedMessages().stream()
                    .filter(m -> m.path("chat_id").asText().equals(Long.toString(chat)))
                    .toList();
        }

        @Override
        public JsonNode lastReply() {
            List<JsonNode> mine = replies();
            assertThat(mine)
                    .as("replies to chat %s among %s", chat, telegram.calls())
                    .isNotEmpty();
            return mine.get(mine.size() - 1);
        }

        /** The latest message's text; fails when there is none. */
        public String lastReplyText() {
            return lastReply().path("text").asText();
        }

        @Override
        public List<String> lastChoices() {
            return telegramOptions(lastReply());
        }

        public List<String> texts() {
            return replies().stream().map(m -> m.path("text").asText()).toList();
        }

        /** The latest text to this chat, or "" when nothing was sent yet. */
        public String lastText() {
            List<String> texts = texts();
            return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
        }
    }
}
