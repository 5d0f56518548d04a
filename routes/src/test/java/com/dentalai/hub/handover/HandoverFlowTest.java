package com.dentalai.hub.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.ChannelPatients;
import com.dentalai.hub.channels.ChannelPatients.TelegramPatient;
import com.dentalai.hub.channels.ChannelPatients.WhatsAppPatient;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Talk to a person, end to end: real channel payloads in, the note and activity in (stand-in)
 * Odoo, staff replies from the Odoo chatter out on the patient's channel, and the bot back when
 * staff mark the activity done or the conversation goes quiet.
 */
@HubTest
class HandoverFlowTest {

    private static final String TENANT = "smile-tlv";
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
    private ChannelPatients patients;

    @BeforeEach
    void patients() {
        patients = new ChannelPatients(http, camel, "wamid.H");
    }

    @Test
    void aWhatsAppPatientTalksToStaffInOdooAndGetsDanaBackWhenTheActivityIsDone() {
        String waId = "97254" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        long patient =
                odoo.seed("patient.patient", Map.of("patient_name", "Handover Tester", "contact_number", "+" + waId));

        wa.says("I want to talk to a person");

        Map<String, Object> activity = onlyActivity(patient);
        assertThat(activity.get("summary")).asString().contains("Chat handover (WHATSAPP)");
        assertThat(activity.get("activity_type_id")).asString().contains("To Do");
        assertThat(activity.get("user_id")).asString().contains("Marc Demo");
        assertThat(activity.get("date_deadline"))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jerusalem")).toString());
        assertThat(chatter(patient))
                .anySatisfy(m -> assertThat(m.get("body")).asString().contains("Patient asked for a person"));
        assertThat(wa.lastText()).contains("A staff member will answer you here soon");

        // paused: one polite notice, then silence
        wa.says("hello? what are your opening hours?");
        assertThat(wa.lastText()).contains("Your message is with our staff");
        int before = wa.replies().size();
        patients.awaitDone(
                ChannelPatients.TURN_ROUTE,
                30,
                "turn done",
                () -> patients.postWhatsApp(wa.textPayload("anyone there?")));
        assertThat(wa.replies()).hasSize(before);

        // a log note stays internal; a sent message reaches the patient exactly once, in order
        staffPosts(patient, "<p>Internal: check the X-ray first</p>", "mail.mt_note");
        staffPosts(patient, "<p>Hi, this is Noa from the clinic.</p>", "mail.mt_comment");
        staffPosts(patient, "<p>We can see you <b>today at 16:00</b> &amp; check the tooth.</p>", "mail.mt_comment");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> wa.texts()
                .contains("We can see you today at 16:00 & check the tooth."));
        pollsPass(3);
        List<String> texts = wa.texts();
        assertThat(texts.stream().filter(t -> t.equals("Hi, this is Noa from the clinic.")))
                .hasSize(1);
        assertThat(texts.stream().filter(t -> t.contains("today at 16:00"))).hasSize(1);
        assertThat(texts.indexOf("Hi, this is Noa from the clinic."))
                .isLessThan(texts.indexOf("We can see you today at 16:00 & check the tooth."));
        assertThat(texts).noneMatch(t -> t.contains("X-ray"));

        // staff mark the activity done in Odoo: the bot is back
        odoo.as("demo", "mail.activity", "action_feedback", List.of(List.of(activity.get("id"))), Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> wa.lastText()
                .contains("clinic's assistant again"));
        wa.says("what are your opening hours?");
        assertThat(wa.lastText()).doesNotContain("Your message is with our staff");
        assertThat(wa.lastText()).containsAnyOf("08:00", "8:00");
    }

    @Test
    void staffRepliesReachATelegramPatientInHebrewAndTheBotResumesAfterTheQuietTime() {
        long chat = patients.seq();
        TelegramPatient tg = patients.telegram(chat);
        registerOnTelegram(tg, "050-" + (1000000 + patients.seq() % 8999999));

        tg.says("אני רוצה לדבר עם נציג");
        long patient = tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForObject(
                        "select odoo_record_id from handovers where tenant_id = ? and conversation_key = ?",
                        Long.class,
                        TENANT,
                        Long.toString(chat)));
        assertThat(onlyActivity(patient).get("summary")).asString().contains("TELEGRAM");

        staffPosts(patient, "<p>שלום, כאן נועה מהמרפאה. אפשר להגיע היום ב-16:00?</p>", "mail.mt_comment");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tg.texts()
                .contains("שלום, כאן נועה מהמרפאה. אפשר להגיע היום ב-16:00?"));
        pollsPass(3);
        assertThat(tg.texts().stream().filter(t -> t.contains("כאן נועה"))).hasSize(1);

        // two quiet hours later (the record's clock moved back instead of the test waiting)
        tx.inTenant(
                TENANT,
                jdbc -> jdbc.update(
                        "update handovers set last_message_at = now() - interval '3 hours'"
                                + " where tenant_id = ? and conversation_key = ? and state = 'open'",
                        TENANT,
                        Long.toString(chat)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tg.lastText()
                .contains("אני שוב העוזרת הדיגיטלית"));
        assertThat(onlyActivity(patient)).as("the activity stays for staff").isNotNull();
        tg.says("מה שעות הפתיחה?");
        assertThat(tg.lastText()).doesNotContain("ההודעה הועברה לצוות");
    }

    @Test
    void aStaffReplyAfterTheWhatsAppWindowClosedGoesOutAsTheApprovedTemplate() {
        String waId = "97256" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        long patient =
                odoo.seed("patient.patient", Map.of("patient_name", "Late Tester", "contact_number", "+" + waId));
        wa.says("I want to talk to a person");
        Map<String, Object> activity = onlyActivity(patient);

        graph.closeWindow(waId);
        try {
            staffPosts(patient, "<p>Sorry for the wait.\nYour crown is ready.</p>", "mail.mt_comment");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> wa.replies().stream()
                    .anyMatch(m -> "template".equals(m.path("type").asText())));
            JsonNode template = wa.replies().stream()
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
        long chat = patients.seq();
        TelegramPatient tg = patients.telegram(chat);
        List<?> companyContact = (List<?>) odoo.searchRead("res.company", List.of(List.of("id", "=", 1L)))
                .get(0)
                .get("partner_id");
        long clinic = ((Number) companyContact.get(0)).longValue();
        // the same domain as below: another model's record can share the contact's id
        int before = odoo.searchRead(
                        "mail.activity",
                        List.of(List.of("res_model", "=", "res.partner"), List.of("res_id", "=", clinic)))
                .size();

        tg.says("I want to talk to a person");

        List<Map<String, Object>> onClinic = odoo.searchRead(
                "mail.activity", List.of(List.of("res_model", "=", "res.partner"), List.of("res_id", "=", clinic)));
        assertThat(onClinic).hasSize(before + 1);
        Map<String, Object> activity = onClinic.get(onClinic.size() - 1);
        assertThat(activity.get("summary")).isEqualTo("Chat handover (TELEGRAM): unidentified patient");
        assertThat(activity.get("note")).asString().contains("Not matched to a patient record");

        odoo.as("demo", "mail.activity", "action_feedback", List.of(List.of(activity.get("id"))), Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tg.lastText()
                .contains("clinic's assistant again"));
    }

    @Test
    void anEmergencyAlertsTheClinicAndNeverOffersABookingMenu() {
        String waId = "97255" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        long patient =
                odoo.seed("patient.patient", Map.of("patient_name", "Urgent Tester", "contact_number", "+" + waId));

        wa.says("my face is swollen and I have a high fever");

        JsonNode reply = wa.replies().get(wa.replies().size() - 1);
        assertThat(reply.path("type").asText()).isEqualTo("text");
        assertThat(reply.has("interactive")).isFalse();
        Map<String, Object> activity = onlyActivity(patient);
        assertThat(activity.get("summary")).asString().startsWith("URGENT: medical_emergency");
        assertThat(activity.get("date_deadline"))
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Jerusalem")).toString());
    }

    // ------------------------------------------------------------------ helpers

    /** Asks to book, then answers Dana's registration questions until the patient is registered. */
    private void registerOnTelegram(TelegramPatient tg, String phone) {
        tg.says("אני רוצה לקבוע תור לבדיקה");
        for (int turn = 0; turn < 4 && !String.join(" ", tg.texts()).contains("נרשמת"); turn++) {
            String last = tg.lastText();
            if (last.contains("טלפון")) {
                tg.says(phone);
            } else if (last.contains("שם")) {
                tg.says("נועה כהן");
            } else {
                throw new AssertionError("unexpected reply: " + last);
            }
        }
        assertThat(String.join(" ", tg.texts())).contains("נרשמת");
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

    @SuppressWarnings("unused")
    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
