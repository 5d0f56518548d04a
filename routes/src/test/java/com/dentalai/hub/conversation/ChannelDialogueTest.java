package com.dentalai.hub.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.telegram.TelegramPayloads;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.domain.clinic.NewPatient;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.odoo.TenantRecords;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Dialogue gaps end to end, from real-format webhooks to Odoo (stand-in) and the replies on the wire:
 * reschedule on the guarded booking path, identity by the sender's own Telegram contact, a typed
 * number that is none, Odoo down at the confirmation (parked, replayed once), and awkward input.
 */
@HubTest
class ChannelDialogueTest {

    private static final String PHONE_NUMBER_ID = "1000001";
    private static final ZoneId ZONE = ZoneId.of("Asia/Jerusalem");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    @Autowired
    TenantRecords records;

    @Autowired
    OdooClientFactory odooClients;

    private final GraphApiStandIn graph = SandboxChannels.graph();
    private final TelegramBotApiStandIn telegram = SandboxChannels.telegram();
    private final OdooStandInServer odoo = SandboxOdoo.server();
    private long seq = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    // ------------------------------------------------------------------ reschedule

    @Test
    void aWhatsAppPatientReschedulesInEnglishAndOdooHasTheOneAppointmentMoved() {
        String waId = "97254" + seq;
        PatientRef patient = patient("+" + waId, "en");
        Instant old = appointmentFor(patient, 20);

        whatsapp(text(waId, "I need to reschedule my appointment"));
        String confirm = driveWhatsAppToConfirm(waId);
        assertThat(lastTo(waId).toString()).contains("Move your appointment to");
        String yes = buttonReply(waId, confirm);
        whatsapp(yes);

        assertThat(lastTo(waId).toString()).contains("Your appointment is moved to");
        List<Map<String, Object>> live = appointmentsOf(patient);
        assertThat(live).hasSize(1);
        assertThat(live.get(0).get("start").toString()).isNotEqualTo(odooTime(old));
        // the same delivery again: de-duplicated, nothing moves twice, nothing is said twice
        int replies = whatsappCount(waId);
        NotifyBuilder duplicate = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        postWhatsApp(yes);
        assertThat(duplicate.matches(30, TimeUnit.SECONDS))
                .as("duplicate handled")
                .isTrue();
        assertThat(whatsappCount(waId)).isEqualTo(replies);
        assertThat(appointmentsOf(patient)).hasSize(1);
    }

    @Test
    void aTelegramPatientSharesTheirOwnContactAndReschedulesInHebrew() {
        long chat = seq;
        String phone = "97253" + seq;
        PatientRef patient = patient("+" + phone, "he");
        appointmentFor(patient, 21);
        int patientsWithPhone = patientsWithPhone("+" + phone);

        telegram(TelegramPayloads.text(update(), chat, chat, "פט", "אני רוצה להזיז את התור"));
        assertThat(lastTelegramTo(chat).path("text").asText()).contains("מה השם המלא שלך");
        telegram(TelegramPayloads.text(update(), chat, chat, "פט", "פט טסטר"));
        assertThat(lastTelegramTo(chat).path("text").asText()).contains("מה מספר הטלפון שלך");
        telegram(TelegramPayloads.contact(update(), chat, chat, "פט", phone, chat));

        String confirm = driveTelegramToConfirm(chat);
        assertThat(lastTelegramTo(chat).path("text").asText()).contains("להעביר את התור ל");
        telegram(TelegramPayloads.callback(update(), "cb" + update(), chat, chat, 77, confirm, "כן"));

        assertThat(lastTelegramTo(chat).path("text").asText()).contains("התור הועבר ל");
        assertThat(appointmentsOf(patient)).hasSize(1);
        assertThat(patientsWithPhone("+" + phone))
                .as("identified by the own contact card, not registered again")
                .isEqualTo(patientsWithPhone);
    }

    // ------------------------------------------------------------------ identity

    @Test
    void aForeignContactIsRefusedPolitelyAndATypedNumberThatIsNoneIsAskedAgain() {
        long chat = seq;
        telegram(TelegramPayloads.text(update(), chat, chat, "פט", "אני רוצה לקבוע תור"));
        telegram(TelegramPayloads.text(update(), chat, chat, "פט", "דנה כהן"));
        String foreign = "97252" + (seq + 1);

        telegram(TelegramPayloads.contact(update(), chat, chat, "מישהו", foreign, chat + 1));
        assertThat(lastTelegramTo(chat).path("text").asText()).startsWith("מטעמי פרטיות אפשר להשתמש רק במספר שלך.");
        assertThat(patientsWithPhone("+" + foreign)).isZero();

        telegram(TelegramPayloads.text(update(), chat, chat, "פט", "123456789012"));
        assertThat(lastTelegramTo(chat).path("text").asText()).startsWith("המספר הזה לא נראה תקין.");

        String own = "97252" + seq;
        telegram(TelegramPayloads.text(update(), chat, chat, "פט", "0" + own.substring(3)));
        assertThat(telegramTextsTo(chat))
                .as("registered, then the booking goes on")
                .anyMatch(t -> t.startsWith("נרשמת בהצלחה, דנה כהן."));
        assertThat(patientsWithPhone("+" + own)).isEqualTo(1);
    }

    @Test
    void anUnknownWhatsAppNumberRegistersWithANameAndTheConfirmedNumber() {
        String waId = "97258" + seq;
        assertThat(patientsWithPhone("+" + waId)).isZero();

        whatsapp(text(waId, "Hi, I'd like to book a checkup"));
        assertThat(lastTo(waId).toString()).contains("What is your full name?");
        whatsapp(text(waId, "Noa Newcomer"));
        assertThat(lastTo(waId).toString()).contains("Is your number").contains(waId);
        String yes = whatsappOptions(lastTo(waId)).stream()
                .filter(id -> id.startsWith("yes:"))
                .findFirst()
                .orElseThrow();
        whatsapp(buttonReply(waId, yes));

        assertThat(graph.acceptedMessages().stream()
                        .filter(m -> waId.equals(m.path("to").asText()))
                        .map(JsonNode::toString))
                .anyMatch(m -> m.contains("You're registered, Noa Newcomer."));
        List<Map<String, Object>> created =
                odoo.searchRead("patient.patient", List.of(List.of("contact_number", "=", "+" + waId)));
        assertThat(created).singleElement().satisfies(p -> assertThat(p.get("patient_name"))
                .isEqualTo("Noa Newcomer"));
    }

    // ------------------------------------------------------------------ Odoo down, dead letter, replay

    @Test
    void odooDownAtTheConfirmationParksTheMessageAndTheReplayBooksOnce() throws IOException {
        String waId = "97255" + seq;
        PatientRef patient = patient("+" + waId, "en");
        Instant since = Instant.now();
        whatsapp(text(waId, "I want to book a cleaning"));
        String confirm = driveWhatsAppToConfirm(waId);

        odoo.setServiceUnavailable(true);
        try {
            whatsapp(buttonReply(waId, confirm));
            assertThat(lastTo(waId).toString()).contains("Our system is not available right now");
        } finally {
            odoo.setServiceUnavailable(false);
            // the failed calls may have opened smile-tlv's breaker; Odoo is back, so let calls through
            odooClients.breaker("smile-tlv").reset();
        }
        assertThat(appointmentsOf(patient)).isEmpty();

        String admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        JsonNode letter = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> parkedTurnSince(admin, since), found -> found != null);
        int repliesBefore = whatsappCount(waId);

        ResponseEntity<String> replay = http.exchange(
                "/api/v1/admin/dead-letters/" + letter.path("id").asText() + "/replay",
                HttpMethod.POST,
                new HttpEntity<>(SecurityTestSupport.bearer(admin)),
                String.class);

        assertThat(replay.getStatusCode()).as(replay.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(replay.getBody()).path("outcome").asText()).isEqualTo("processed");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> whatsappCount(waId) > repliesBefore);
        assertThat(lastTo(waId).toString()).contains("You're booked");
        assertThat(appointmentsOf(patient)).hasSize(1);

        ResponseEntity<String> again = http.exchange(
                "/api/v1/admin/dead-letters/" + letter.path("id").asText() + "/replay",
                HttpMethod.POST,
                new HttpEntity<>(SecurityTestSupport.bearer(admin)),
                String.class);
        assertThat(again.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(appointmentsOf(patient)).hasSize(1);
    }

    // ------------------------------------------------------------------ awkward input

    @Test
    void unsupportedTypesLongEmojiAndMixedLanguageMessagesAllGetAPoliteAnswer() throws IOException {
        String waId = "97256" + seq;
        whatsapp(WhatsAppPayloads.ofType(PHONE_NUMBER_ID, waId, "Pat", wamid(), "sticker", now()));
        assertThat(lastTo(waId).toString()).containsAnyOf("הודעות טקסט", "text messages");

        String longText =
                ("What are your opening hours on Sunday? ").repeat(110).substring(0, 4000);
        whatsapp(text(waId, longText));
        assertThat(lastTo(waId).toString()).containsAnyOf("08:00", "Sunday", "menu:");

        whatsapp(text(waId, "🦷😁👍"));
        assertThat(lastTo(waId).path("type").asText()).isNotEmpty();

        whatsapp(text(waId, "היי, what are your שעות פתיחה?"));
        assertThat(lastTo(waId).toString()).doesNotContain("not available").doesNotContain("לא זמינה");

        long chat = seq + 7;
        ObjectNode sticker = (ObjectNode) JSON.readTree(TelegramPayloads.text(update(), chat, chat, "פט", "x"));
        ObjectNode message = (ObjectNode) sticker.path("message");
        message.remove("text");
        message.putObject("sticker")
                .put("file_id", "CAACAgIAAxk")
                .put("file_unique_id", "AgAD")
                .put("width", 512)
                .put("height", 512)
                .put("is_animated", false)
                .put("emoji", "😀");
        telegram(sticker.toString());
        assertThat(lastTelegramTo(chat).path("text").asText()).containsAnyOf("הודעות טקסט", "text messages");
        telegram(TelegramPayloads.text(update(), chat, chat, "פט", "אפשר book a checkup מחר?"));
        assertThat(lastTelegramTo(chat).path("text").asText()).isNotBlank();
    }

    // ------------------------------------------------------------------ helpers: Odoo

    private PatientRef patient(String e164, String lang) {
        return records.forTenant("smile-tlv").createPatient(new NewPatient("Dialogue Test", e164, lang, false));
    }

    /** A confirmed appointment {@code days} ahead at 10:00 local, with a doctor of its own. */
    private Instant appointmentFor(PatientRef patient, int days) {
        long doctor = odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr Dialogue " + seq));
        Instant start =
                LocalDate.now(ZONE).plusDays(days).atTime(10, 0).atZone(ZONE).toInstant();
        odoo.seed(
                "patient.appointment",
                Map.of(
                        "patient_id", Long.parseLong(patient.id()),
                        "doctor_id", doctor,
                        "start", odooTime(start),
                        "stop", odooTime(start.plusSeconds(1800)),
                        "appointment_status", "confirm"));
        return start;
    }

    private static String odooTime(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneOffset.UTC)
                .format(at);
    }

    private List<Map<String, Object>> appointmentsOf(PatientRef patient) {
        return odoo.searchRead(
                "patient.appointment",
                List.of(
                        List.of("patient_id", "=", Long.parseLong(patient.id())),
                        List.of("appointment_status", "!=", "cancelled")));
    }

    private int patientsWithPhone(String e164) {
        return odoo.searchRead("patient.patient", List.of(List.of("contact_number", "=", e164)))
                .size();
    }

    private JsonNode parkedTurnSince(String admin, Instant since) throws IOException {
        ResponseEntity<String> r = http.exchange(
                "/api/v1/admin/dead-letters?tenant=smile-tlv&status=PENDING",
                HttpMethod.GET,
                new HttpEntity<>(SecurityTestSupport.bearer(admin)),
                String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        for (JsonNode letter : JSON.readTree(r.getBody())) {
            if ("conversation-turn".equals(letter.path("route_id").asText())
                    && Instant.parse(letter.path("failed_at").asText()).isAfter(since)) {
                return letter;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ helpers: WhatsApp

    /** Takes the first offered time until Dana asks to confirm; answers the yes option's id. */
    private String driveWhatsAppToConfirm(String waId) {
        for (int turn = 0; turn < 6; turn++) {
            List<String> ids = whatsappOptions(lastTo(waId));
            String yes =
                    ids.stream().filter(id -> id.startsWith("yes:")).findFirst().orElse(null);
            if (yes != null) {
                return yes;
            }
            String slot = ids.stream()
                    .filter(id -> id.startsWith("slot:") || id.startsWith("appt:"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("unexpected reply: " + lastTo(waId)));
            whatsapp(buttonReply(waId, slot));
        }
        throw new AssertionError("never asked to confirm: " + lastTo(waId));
    }

    private String text(String waId, String body) {
        return WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Pat", wamid(), body, now());
    }

    private String buttonReply(String waId, String id) {
        return WhatsAppPayloads.buttonReply(PHONE_NUMBER_ID, waId, "Pat", wamid(), "wamid.any", id, "ok", now());
    }

    private void whatsapp(String body) {
        String waId = waIdOf(body);
        int before = whatsappCount(waId);
        NotifyBuilder done = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        postWhatsApp(body);
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("turn done").isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> whatsappCount(waId) > before);
    }

    private void postWhatsApp(String body) {
        ResponseEntity<String> r = post(
                "/webhooks/whatsapp/smile-tlv", body, WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET), null);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    }

    private int whatsappCount(String waId) {
        return (int) graph.acceptedMessages().stream()
                .filter(m -> waId.equals(m.path("to").asText()))
                .count();
    }

    private JsonNode lastTo(String waId) {
        List<JsonNode> mine = graph.acceptedMessages().stream()
                .filter(m -> waId.equals(m.path("to").asText()))
                .toList();
        assertThat(mine).as("replies to the patient").isNotEmpty();
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

    private static String waIdOf(String webhook) {
        try {
            return JSON.readTree(webhook)
                    .at("/entry/0/changes/0/value/contacts/0/wa_id")
                    .asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ helpers: Telegram

    private String driveTelegramToConfirm(long chat) {
        for (int turn = 0; turn < 6; turn++) {
            List<String> ids = telegramOptions(lastTelegramTo(chat));
            String yes =
                    ids.stream().filter(id -> id.startsWith("yes:")).findFirst().orElse(null);
            if (yes != null) {
                return yes;
            }
            String slot = ids.stream()
                    .filter(id -> id.startsWith("slot:") || id.startsWith("appt:"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("unexpected reply: " + lastTelegramTo(chat)));
            telegram(TelegramPayloads.callback(update(), "cb" + update(), chat, chat, 77, slot, "ok"));
        }
        throw new AssertionError("never asked to confirm: " + lastTelegramTo(chat));
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
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> telegramCount(chat) > before);
    }

    private int telegramCount(long chat) {
        return (int) telegram.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asText().equals(Long.toString(chat)))
                .count();
    }

    private JsonNode lastTelegramTo(long chat) {
        List<JsonNode> mine = telegram.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asText().equals(Long.toString(chat)))
                .toList();
        assertThat(mine).as("replies to chat %s", chat).isNotEmpty();
        return mine.get(mine.size() - 1);
    }

    private List<String> telegramTextsTo(long chat) {
        return telegram.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asText().equals(Long.toString(chat)))
                .map(m -> m.path("text").asText())
                .toList();
    }

    private static List<String> telegramOptions(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("reply_markup")
                .path("inline_keyboard")
                .forEach(row -> row.forEach(b -> ids.add(b.path("callback_data").asText())));
        return ids;
    }

    private static long chatOf(String update) {
        try {
            JsonNode u = JSON.readTree(update);
            JsonNode message =
                    u.has("callback_query") ? u.path("callback_query").path("message") : u.path("message");
            return message.path("chat").path("id").asLong();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ helpers: HTTP

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

    private String wamid() {
        return "wamid.D" + (++seq);
    }

    private long update() {
        return ++seq;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
