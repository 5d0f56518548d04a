package com.dentalai.hub.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.telegram.TelegramPayloads;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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

/**
 * Talk to a person, end to end: real channel payloads in, the note and activity in (stand-in)
 * Odoo, staff replies from the Odoo chatter out on the patient's channel, and the bot back when
 * staff mark the activity done or the conversation goes quiet.
 */
@HubTest
class HandoverFlowTest {

    private static final String TENANT = "smile-tlv";
    private static final String PHONE_NUMBER_ID = "1000001";
    private static final String RELAY = HandoverRoutes.routeId(TENANT);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    @Autowired
    TenantTransactions tx;

    private final OdooStandInServer odoo = SandboxOdoo.server();
    private final GraphApiStandIn graph = SandboxChannels.graph();
    private final TelegramBotApiStandIn telegram = SandboxChannels.telegram();
    private long seq = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    @Test
    void aWhatsAppPatientTalksToStaffInOdooAndGetsDanaBackWhenTheActivityIsDone() {
        String waId = "97254" + seq;
        long patient =
                odoo.seed("patient.patient", Map.of("patient_name", "Handover Tester", "contact_number", "+" + waId));

        whatsapp(waId, "I want to talk to a person");

        Map<String, Object> activity = onlyActivity(patient);
        assertThat(activity.get("summary")).asString().contains("Chat handover (WHATSAPP)");
        assertThat(activity.get("activity_type_id")).asString().contains("To Do");
        assertThat(activity.get("user_id")).asString().contains("Marc Demo");
        assertThat(activity.get("date_deadline"))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jerusalem")).toString());
        assertThat(chatter(patient))
                .anySatisfy(m -> assertThat(m.get("body")).asString().contains("Patient asked for a person"));
        assertThat(lastText(waId)).contains("A staff member will answer you here soon");

        // paused: one polite notice, then silence
        whatsapp(waId, "hello? what are your opening hours?");
        assertThat(lastText(waId)).contains("Your message is with our staff");
        int before = whatsappTo(waId).size();
        turnWithoutReply(() -> postWhatsApp(waId, "anyone there?"));
        assertThat(whatsappTo(waId)).hasSize(before);

        // a log note stays internal; a sent message reaches the patient exactly once, in order
        staffPosts(patient, "<p>Internal: check the X-ray first</p>", "mail.mt_note");
        staffPosts(patient, "<p>Hi, this is Noa from the clinic.</p>", "mail.mt_comment");
        staffPosts(patient, "<p>We can see you <b>today at 16:00</b> &amp; check the tooth.</p>", "mail.mt_comment");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> textsTo(waId)
                .contains("We can see you today at 16:00 & check the tooth."));
        pollsPass(3);
        List<String> texts = textsTo(waId);
        assertThat(texts.stream().filter(t -> t.equals("Hi, this is Noa from the clinic.")))
                .hasSize(1);
        assertThat(texts.stream().filter(t -> t.contains("today at 16:00"))).hasSize(1);
        assertThat(texts.indexOf("Hi, this is Noa from the clinic."))
                .isLessThan(texts.indexOf("We can see you today at 16:00 & check the tooth."));
        assertThat(texts).noneMatch(t -> t.contains("X-ray"));

        // staff mark the activity done in Odoo: the bot is back
        odoo.as("demo", "mail.activity", "action_feedback", List.of(List.of(activity.get("id"))), Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lastText(waId)
                .contains("clinic's assistant again"));
        whatsapp(waId, "what are your opening hours?");
        assertThat(lastText(waId)).doesNotContain("Your message is with our staff");
        assertThat(lastText(waId)).containsAnyOf("08:00", "8:00");
    }

    @Test
    void staffRepliesReachATelegramPatientInHebrewAndTheBotResumesAfterTheQuietTime() {
        long chat = seq;
        registerOnTelegram(chat, "050-" + (1000000 + seq % 8999999));

        telegram(chat, "אני רוצה לדבר עם נציג");
        long patient = tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForObject(
                        "select odoo_record_id from handovers where tenant_id = ? and conversation_key = ?",
                        Long.class,
                        TENANT,
                        Long.toString(chat)));
        assertThat(onlyActivity(patient).get("summary")).asString().contains("TELEGRAM");

        staffPosts(patient, "<p>שלום, כאן נועה מהמרפאה. אפשר להגיע היום ב-16:00?</p>", "mail.mt_comment");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> telegramTexts(chat)
                .contains("שלום, כאן נועה מהמרפאה. אפשר להגיע היום ב-16:00?"));
        pollsPass(3);
        assertThat(telegramTexts(chat).stream().filter(t -> t.contains("כאן נועה")))
                .hasSize(1);

        // two quiet hours later (the record's clock moved back instead of the test waiting)
        tx.inTenant(
                TENANT,
                jdbc -> jdbc.update(
                        "update handovers set last_message_at = now() - interval '3 hours'"
                                + " where tenant_id = ? and conversation_key = ? and state = 'open'",
                        TENANT,
                        Long.toString(chat)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lastTelegramText(chat)
                .contains("אני שוב העוזרת הדיגיטלית"));
        assertThat(onlyActivity(patient)).as("the activity stays for staff").isNotNull();
        telegram(chat, "מה שעות הפתיחה?");
        assertThat(lastTelegramText(chat)).doesNotContain("ההודעה הועברה לצוות");
    }

    @Test
    void aStaffReplyAfterTheWhatsAppWindowClosedGoesOutAsTheApprovedTemplate() {
        String waId = "97256" + seq;
        long patient =
                odoo.seed("patient.patient", Map.of("patient_name", "Late Tester", "contact_number", "+" + waId));
        whatsapp(waId, "I want to talk to a person");
        Map<String, Object> activity = onlyActivity(patient);

        graph.closeWindow(waId);
        try {
            staffPosts(patient, "<p>Sorry for the wait.\nYour crown is ready.</p>", "mail.mt_comment");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> whatsappTo(waId).stream()
                    .anyMatch(m -> "template".equals(m.path("type").asText())));
            JsonNode template = whatsappTo(waId).stream()
                    .filter(m -> "template".equals(m.path("type").asText()))
                    .findFirst()
                    .orElseThrow()
                    .path("template");
            assertThat(template.path("name").asText()).isEqualTo("staff_reply");
            assertThat(template.path("language").path("code").asText()).isEqualTo("en");
            assertThat(template.toString()).contains("Sorry for the wait. Your crown is ready.");
        } finally {
            odoo.as("demo", "mail.activity", "action_feedback", List.of(List.of(activity.get("id"))), Map.of());
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> openHandovers(waId) == 0);
            graph.openWindow(waId);
        }
    }

    @Test
    void anUnidentifiedPatientsHandoverGoesToTheClinicsOwnContact() {
        long chat = seq;
        List<?> companyContact = (List<?>) odoo.searchRead("res.company", List.of(List.of("id", "=", 1L)))
                .get(0)
                .get("partner_id");
        long clinic = ((Number) companyContact.get(0)).longValue();
        // the same domain as below: another model's record can share the contact's id
        int before = odoo.searchRead(
                        "mail.activity",
                        List.of(List.of("res_model", "=", "res.partner"), List.of("res_id", "=", clinic)))
                .size();

        telegram(chat, "I want to talk to a person");

        List<Map<String, Object>> onClinic = odoo.searchRead(
                "mail.activity", List.of(List.of("res_model", "=", "res.partner"), List.of("res_id", "=", clinic)));
        assertThat(onClinic).hasSize(before + 1);
        Map<String, Object> activity = onClinic.get(onClinic.size() - 1);
        assertThat(activity.get("summary")).isEqualTo("Chat handover (TELEGRAM): unidentified patient");
        assertThat(activity.get("note")).asString().contains("Not matched to a patient record");

        odoo.as("demo", "mail.activity", "action_feedback", List.of(List.of(activity.get("id"))), Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> lastTelegramText(chat)
                .contains("clinic's assistant again"));
    }

    @Test
    void anEmergencyAlertsTheClinicAndNeverOffersABookingMenu() {
        String waId = "97255" + seq;
        long patient =
                odoo.seed("patient.patient", Map.of("patient_name", "Urgent Tester", "contact_number", "+" + waId));

        whatsapp(waId, "my face is swollen and I have a high fever");

        JsonNode reply = whatsappTo(waId).get(whatsappTo(waId).size() - 1);
        assertThat(reply.path("type").asText()).isEqualTo("text");
        assertThat(reply.has("interactive")).isFalse();
        Map<String, Object> activity = onlyActivity(patient);
        assertThat(activity.get("summary")).asString().startsWith("URGENT: medical_emergency");
        assertThat(activity.get("date_deadline"))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jerusalem")).toString());
    }

    // ------------------------------------------------------------------ helpers

    /** Asks to book, then answers Dana's registration questions until the patient is registered. */
    private void registerOnTelegram(long chat, String phone) {
        telegram(chat, "אני רוצה לקבוע תור לבדיקה");
        for (int turn = 0; turn < 4 && !String.join(" ", telegramTexts(chat)).contains("נרשמת"); turn++) {
            String last = lastTelegramText(chat);
            if (last.contains("טלפון")) {
                telegram(chat, phone);
            } else if (last.contains("שם")) {
                telegram(chat, "נועה כהן");
            } else {
                throw new AssertionError("unexpected reply: " + last);
            }
        }
        assertThat(String.join(" ", telegramTexts(chat))).contains("נרשמת");
    }

    private Map<String, Object> onlyActivity(long patient) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !activities(patient)
                .isEmpty());
        List<Map<String, Object>> all = activities(patient);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private int openHandovers(String key) {
        return tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForObject(
                        "select count(*) from handovers where tenant_id = ? and conversation_key = ? and state = 'open'",
                        Integer.class,
                        TENANT,
                        key));
    }

    private List<Map<String, Object>> activities(long patient) {
        return odoo.searchRead(
                "mail.activity",
                List.of(List.of("res_model", "=", "patient.patient"), List.of("res_id", "=", patient)));
    }

    private List<Map<String, Object>> chatter(long patient) {
        return odoo.searchRead(
                "mail.message", List.of(List.of("model", "=", "patient.patient"), List.of("res_id", "=", patient)));
    }

    private void staffPosts(long patient, String html, String subtype) {
        odoo.postFromWebClient("demo", "patient.patient", patient, html, subtype);
    }

    /** Waits for the relay to finish {@code n} more polls, so a duplicate would have been sent by now. */
    private void pollsPass(int n) {
        NotifyBuilder polls =
                new NotifyBuilder(camel).fromRoute(RELAY).whenDone(n).create();
        assertThat(polls.matches(30, TimeUnit.SECONDS)).isTrue();
    }

    private void whatsapp(String waId, String text) {
        int before = whatsappTo(waId).size();
        NotifyBuilder done = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        postWhatsApp(waId, text);
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("turn done").isTrue();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> whatsappTo(waId).size() > before);
    }

    private void postWhatsApp(String waId, String text) {
        String body = WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Pat", "wamid.H" + (++seq), text, now());
        ResponseEntity<String> r = post(
                "/webhooks/whatsapp/" + TENANT, body, WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET), null);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void turnWithoutReply(Runnable send) {
        NotifyBuilder done = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        send.run();
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("turn done").isTrue();
    }

    private void telegram(long chat, String text) {
        int before = telegramTo(chat).size();
        NotifyBuilder done = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        String body = TelegramPayloads.text(++seq, chat, chat, "פט", text);
        ResponseEntity<String> r = post("/webhooks/telegram/" + TENANT, body, null, SandboxChannels.TELEGRAM_SECRET);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("turn done").isTrue();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> telegramTo(chat).size() > before);
    }

    private List<JsonNode> whatsappTo(String waId) {
        return graph.acceptedMessages().stream()
                .filter(m -> waId.equals(m.path("to").asText()))
                .toList();
    }

    private List<String> textsTo(String waId) {
        return whatsappTo(waId).stream().map(HandoverFlowTest::textOf).toList();
    }

    private String lastText(String waId) {
        List<String> texts = textsTo(waId);
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    private static String textOf(JsonNode m) {
        return m.has("text")
                ? m.path("text").path("body").asText()
                : m.path("interactive").path("body").path("text").asText();
    }

    private List<JsonNode> telegramTo(long chat) {
        Predicate<JsonNode> mine = m -> m.path("chat_id").asText().equals(Long.toString(chat));
        return telegram.acceptedMessages().stream().filter(mine).toList();
    }

    private List<String> telegramTexts(long chat) {
        return telegramTo(chat).stream().map(m -> m.path("text").asText()).toList();
    }

    private String lastTelegramText(long chat) {
        List<String> texts = telegramTexts(chat);
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
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

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @SuppressWarnings("unused")
    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
