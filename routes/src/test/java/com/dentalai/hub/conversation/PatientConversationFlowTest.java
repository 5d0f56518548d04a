package com.dentalai.hub.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.telegram.TelegramPayloads;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.odoo.SandboxOdoo;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** From a real channel payload to the appointment in (stand-in) Odoo and the reply on the wire. */
@HubTest
class PatientConversationFlowTest {

    private static final String PHONE_NUMBER_ID = "1000001";

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    private final GraphApiStandIn graph = SandboxChannels.graph();
    private final TelegramBotApiStandIn telegram = SandboxChannels.telegram();
    private long seq = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    @Test
    void aWhatsAppPatientBooksInEnglishAndTheAppointmentIsInOdoo() {
        String waId = "97250" + seq;
        int appointmentsBefore = appointments();

        List<String> seen = new ArrayList<>();
        whatsapp(WhatsAppPayloads.text(
                PHONE_NUMBER_ID, waId, "Pat", wamid(), "I want to book a cleaning tomorrow at 10", now()));
        for (int turn = 0; turn < 8 && !booked(seen); turn++) {
            JsonNode last = lastTo(waId);
            seen.add(last.toString());
            String pick = pick(whatsappOptions(last));
            if (pick != null) {
                whatsapp(WhatsAppPayloads.buttonReply(
                        PHONE_NUMBER_ID, waId, "Pat", wamid(), "wamid.any", pick, "ok", now()));
            } else if (last.toString().toLowerCase().contains("name")) {
                whatsapp(WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Pat", wamid(), "Pat Tester", now()));
            } else if (!booked(List.of(last.toString()))) {
                throw new AssertionError("unexpected reply: " + graph.acceptedMessages());
            }
            seen.add(lastTo(waId).toString());
        }

        assertThat(booked(seen)).as("conversation: %s", seen).isTrue();
        assertThat(appointments()).isEqualTo(appointmentsBefore + 1);
    }

    @Test
    void aTelegramPatientBooksInHebrew() {
        long chat = seq;
        int appointmentsBefore = appointments();
        List<String> seen = new ArrayList<>();
        telegram(TelegramPayloads.text(update(), chat, chat, "פט", "אני רוצה לקבוע תור לניקוי שיניים מחר ב-10"));
        for (int turn = 0; turn < 10 && !booked(seen); turn++) {
            JsonNode last = lastTelegramTo(chat);
            seen.add(last.toString());
            String pick = pick(telegramOptions(last));
            String text = last.path("text").asText();
            if (pick != null) {
                telegram(TelegramPayloads.callback(update(), "cb" + update(), chat, chat, 77, pick, "ok"));
            } else if (text.contains("טלפון")) {
                telegram(TelegramPayloads.text(update(), chat, chat, "פט", "050-" + (1000000 + seq % 8999999)));
            } else if (text.contains("שם")) {
                telegram(TelegramPayloads.text(update(), chat, chat, "פט", "פט טסטר"));
            } else if (!booked(List.of(last.toString()))) {
                throw new AssertionError("unexpected reply: " + telegram.acceptedMessages());
            }
            seen.add(lastTelegramTo(chat).toString());
        }

        assertThat(booked(seen)).as("conversation: %s", seen).isTrue();
        assertThat(appointments()).isEqualTo(appointmentsBefore + 1);
        assertThat(telegram.answeredCallbacks()).isNotEmpty();
    }

    @Test
    void aForgedSignatureIs401AndNothingIsSent() {
        String waId = "97252" + seq;
        String body = WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Pat", wamid(), "hello", now());

        ResponseEntity<String> forged =
                post("/webhooks/whatsapp/smile-tlv", body, WhatsAppPayloads.sign(body, "not-the-app-secret"), null);
        ResponseEntity<String> missing = post("/webhooks/whatsapp/smile-tlv", body, null, null);
        ResponseEntity<String> unknown = post(
                "/webhooks/whatsapp/no-such-clinic",
                body,
                WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET),
                null);
        ResponseEntity<String> badTelegram = post("/webhooks/telegram/smile-tlv", "{}", null, "wrong");

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(badTelegram.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(graph.acceptedMessages().stream()
                        .filter(m -> waId.equals(m.path("to").asText())))
                .isEmpty();
    }

    @Test
    void theSameWebhookTwiceHasOneEffectAndVerificationEchoesTheChallenge() {
        String waId = "97253" + seq;
        String body =
                WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Pat", wamid(), "what are your opening hours?", now());
        NotifyBuilder two = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(2)
                .create();

        assertThat(post(
                                "/webhooks/whatsapp/smile-tlv",
                                body,
                                WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET),
                                null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post(
                                "/webhooks/whatsapp/smile-tlv",
                                body,
                                WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET),
                                null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(two.matches(30, TimeUnit.SECONDS)).isTrue();

        assertThat(graph.acceptedMessages().stream()
                        .filter(m -> waId.equals(m.path("to").asText())))
                .hasSize(1);
        ResponseEntity<String> ok = http.getForEntity(
                "/webhooks/whatsapp/smile-tlv?hub.mode=subscribe&hub.verify_token={t}&hub.challenge=1158201444",
                String.class,
                SandboxChannels.VERIFY_TOKEN);
        ResponseEntity<String> wrong = http.getForEntity(
                "/webhooks/whatsapp/smile-tlv?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1", String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody()).isEqualTo("1158201444");
        assertThat(ok.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN))
                .isTrue();
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // ------------------------------------------------------------------ helpers

    private void whatsapp(String body) {
        String waId = waIdOf(body);
        int before = whatsappCount(waId);
        NotifyBuilder done = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        ResponseEntity<String> r = post(
                "/webhooks/whatsapp/smile-tlv", body, WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET), null);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("turn done").isTrue();
        // every turn answers: wait for this one's reply, not just for some turn to finish
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> whatsappCount(waId) > before);
    }

    private int whatsappCount(String waId) {
        return (int) graph.acceptedMessages().stream()
                .filter(m -> waId.equals(m.path("to").asText()))
                .count();
    }

    private static String waIdOf(String webhook) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(webhook)
                    .path("entry")
                    .path(0)
                    .path("changes")
                    .path(0)
                    .path("value")
                    .path("contacts")
                    .path(0)
                    .path("wa_id")
                    .asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void telegram(String body) {
        long chat = chatOf(body);
        int before = telegramCount(chat);
        NotifyBuilder done = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        ResponseEntity<String> r = post("/webhooks/telegram/smile-tlv", body, null, SandboxChannels.TELEGRAM_SECRET);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("turn done").isTrue();
        // every turn answers: wait for this one's reply, not just for some turn to finish
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> telegramCount(chat) > before);
    }

    private int telegramCount(long chat) {
        return (int) telegram.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asText().equals(Long.toString(chat)))
                .count();
    }

    private static long chatOf(String update) {
        try {
            JsonNode u = new com.fasterxml.jackson.databind.ObjectMapper().readTree(update);
            JsonNode message =
                    u.has("callback_query") ? u.path("callback_query").path("message") : u.path("message");
            return message.path("chat").path("id").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<String> post(String path, String body, String signature, String telegramSecret) {
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

    private JsonNode lastTo(String waId) {
        List<JsonNode> mine = graph.acceptedMessages().stream()
                .filter(m -> waId.equals(m.path("to").asText()))
                .toList();
        assertThat(mine).as("replies to the patient").isNotEmpty();
        return mine.get(mine.size() - 1);
    }

    private JsonNode lastTelegramTo(long chat) {
        List<JsonNode> mine = telegram.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asText().equals(Long.toString(chat)))
                .toList();
        assertThat(mine)
                .as("replies to chat %s among %s", chat, telegram.calls())
                .isNotEmpty();
        return mine.get(mine.size() - 1);
    }

    private static List<String> whatsappOptions(JsonNode message) {
        List<String> ids = new ArrayList<>();
        JsonNode action = message.path("interactive").path("action");
        action.path("buttons").forEach(b -> ids.add(b.path("reply").path("id").asText()));
        action.path("sections")
                .forEach(s -> s.path("rows").forEach(r -> ids.add(r.path("id").asText())));
        return ids;
    }

    private static List<String> telegramOptions(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("reply_markup")
                .path("inline_keyboard")
                .forEach(row -> row.forEach(b -> ids.add(b.path("callback_data").asText())));
        return ids;
    }

    /** Confirm when asked, else take the first offered time. */
    private static String pick(List<String> ids) {
        return ids.stream()
                .filter(id -> id.startsWith("yes:"))
                .findFirst()
                .or(() -> ids.stream().filter(id -> id.startsWith("slot:")).findFirst())
                .orElse(null);
    }

    private static boolean booked(List<String> replies) {
        return replies.stream().anyMatch(r -> r.contains("You're booked") || r.contains("התור נקבע"));
    }

    private static int appointments() {
        return SandboxOdoo.server().searchRead("patient.appointment", List.of()).size();
    }

    private String wamid() {
        return "wamid.T" + (++seq);
    }

    private long update() {
        return ++seq;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
