package com.dentalai.hub.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.ChannelPatients;
import com.dentalai.hub.channels.ChannelPatients.TelegramPatient;
import com.dentalai.hub.channels.ChannelPatients.WhatsAppPatient;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Dialogue gaps end to end, from real-format webhooks to Odoo (stand-in) and the replies on the wire:
 * reschedule on the guarded booking path, identity by the sender's own Telegram contact, a typed
 * number that is none, Odoo down at the confirmation (parked, replayed once), and awkward input.
 */
@HubTest
class ChannelDialogueTest {

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
    private final OdooStandInServer odoo = SandboxOdoo.server();
    private ChannelPatients patients;

    @BeforeEach
    void patients() {
        patients = new ChannelPatients(http, camel, "wamid.D");
    }

    // ------------------------------------------------------------------ reschedule

    @Test
    void aWhatsAppPatientReschedulesInEnglishAndOdooHasTheOneAppointmentMoved() {
        String waId = "97254" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        PatientRef patient = patient("+" + waId, "en");
        Instant old = appointmentFor(patient, 20);

        wa.says("I need to reschedule my appointment");
        String confirm = driveToConfirm(wa);
        assertThat(wa.lastReply().toString()).contains("Move your appointment to");
        String yes = wa.tapPayload(confirm);
        wa.sends(yes);

        assertThat(wa.lastReply().toString()).contains("Your appointment is moved to");
        List<Map<String, Object>> live = appointmentsOf(patient);
        assertThat(live).hasSize(1);
        assertThat(live.get(0).get("start").toString()).isNotEqualTo(odooTime(old));
        // the same delivery again: de-duplicated, nothing moves twice, nothing is said twice
        int replies = wa.replies().size();
        NotifyBuilder duplicate = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        patients.postWhatsApp(yes);
        assertThat(duplicate.matches(30, TimeUnit.SECONDS))
                .as("duplicate handled")
                .isTrue();
        assertThat(wa.replies().size()).isEqualTo(replies);
        assertThat(appointmentsOf(patient)).hasSize(1);
    }

    @Test
    void aTelegramPatientSharesTheirOwnContactAndReschedulesInHebrew() {
        long chat = patients.seq();
        TelegramPatient tg = patients.telegram(chat);
        String phone = "97253" + patients.seq();
        PatientRef patient = patient("+" + phone, "he");
        appointmentFor(patient, 21);
        int patientsWithPhone = patientsWithPhone("+" + phone);

        tg.says("אני רוצה להזיז את התור");
        assertThat(tg.lastReplyText()).contains("מה השם המלא שלך");
        tg.says("פט טסטר");
        assertThat(tg.lastReplyText()).contains("מה מספר הטלפון שלך");
        tg.sends(TelegramPayloads.contact(patients.update(), chat, chat, "פט", phone, chat));

        String confirm = driveToConfirm(tg);
        assertThat(tg.lastReplyText()).contains("להעביר את התור ל");
        tg.taps(confirm, "כן");

        assertThat(tg.lastReplyText()).contains("התור הועבר ל");
        assertThat(appointmentsOf(patient)).hasSize(1);
        assertThat(patientsWithPhone("+" + phone))
                .as("identified by the own contact card, not registered again")
                .isEqualTo(patientsWithPhone);
    }

    // ------------------------------------------------------------------ identity

    @Test
    void aForeignContactIsRefusedPolitelyAndATypedNumberThatIsNoneIsAskedAgain() {
        long chat = patients.seq();
        TelegramPatient tg = patients.telegram(chat);
        tg.says("אני רוצה לקבוע תור");
        tg.says("דנה כהן");
        String foreign = "97252" + (patients.seq() + 1);

        tg.sends(TelegramPayloads.contact(patients.update(), chat, chat, "מישהו", foreign, chat + 1));
        assertThat(tg.lastReplyText()).startsWith("מטעמי פרטיות אפשר להשתמש רק במספר שלך.");
        assertThat(patientsWithPhone("+" + foreign)).isZero();

        tg.says("123456789012");
        assertThat(tg.lastReplyText()).startsWith("המספר הזה לא נראה תקין.");

        String own = "97252" + patients.seq();
        tg.says("0" + own.substring(3));
        assertThat(tg.texts())
                .as("registered, then the booking goes on")
                .anyMatch(t -> t.startsWith("נרשמת בהצלחה, דנה כהן."));
        assertThat(patientsWithPhone("+" + own)).isEqualTo(1);
    }

    @Test
    void anUnknownWhatsAppNumberRegistersWithANameAndTheConfirmedNumber() {
        String waId = "97258" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        assertThat(patientsWithPhone("+" + waId)).isZero();

        wa.says("Hi, I'd like to book a checkup");
        assertThat(wa.lastReply().toString()).contains("What is your full name?");
        wa.says("Noa Newcomer");
        assertThat(wa.lastReply().toString()).contains("Is your number").contains(waId);
        String yes = wa.lastChoices().stream()
                .filter(id -> id.startsWith("yes:"))
                .findFirst()
                .orElseThrow();
        wa.taps(yes);

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
        String waId = "97255" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        PatientRef patient = patient("+" + waId, "en");
        Instant since = Instant.now();
        wa.says("I want to book a cleaning");
        String confirm = driveToConfirm(wa);

        odoo.setServiceUnavailable(true);
        try {
            wa.taps(confirm);
            assertThat(wa.lastReply().toString()).contains("Our system is not available right now");
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
        int repliesBefore = wa.replies().size();

        ResponseEntity<String> replay = http.exchange(
                "/api/v1/admin/dead-letters/" + letter.path("id").asText() + "/replay",
                HttpMethod.POST,
                new HttpEntity<>(SecurityTestSupport.bearer(admin)),
                String.class);

        assertThat(replay.getStatusCode()).as(replay.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(replay.getBody()).path("outcome").asText()).isEqualTo("processed");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> wa.replies().size() > repliesBefore);
        assertThat(wa.lastReply().toString()).contains("You're booked");
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
        String waId = "97256" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        wa.sends(WhatsAppPayloads.ofType(
                ChannelPatients.PHONE_NUMBER_ID, waId, "Pat", patients.wamid(), "sticker", ChannelPatients.now()));
        assertThat(wa.lastReply().toString()).containsAnyOf("הודעות טקסט", "text messages");

        String longText =
                ("What are your opening hours on Sunday? ").repeat(110).substring(0, 4000);
        wa.says(longText);
        assertThat(wa.lastReply().toString()).containsAnyOf("08:00", "Sunday", "menu:");

        wa.says("🦷😁👍");
        assertThat(wa.lastReply().path("type").asText()).isNotEmpty();

        wa.says("היי, what are your שעות פתיחה?");
        assertThat(wa.lastReply().toString()).doesNotContain("not available").doesNotContain("לא זמינה");

        long chat = patients.seq() + 7;

        TelegramPatient tg = patients.telegram(chat);
        ObjectNode sticker =
                (ObjectNode) JSON.readTree(TelegramPayloads.text(patients.update(), chat, chat, "פט", "x"));
        ObjectNode message = (ObjectNode) sticker.path("message");
        message.remove("text");
        message.putObject("sticker")
                .put("file_id", "CAACAgIAAxk")
                .put("file_unique_id", "AgAD")
                .put("width", 512)
                .put("height", 512)
                .put("is_animated", false)
                .put("emoji", "😀");
        tg.sends(sticker.toString());
        assertThat(tg.lastReplyText()).containsAnyOf("הודעות טקסט", "text messages");
        tg.says("אפשר book a checkup מחר?");
        assertThat(tg.lastReplyText()).isNotBlank();
    }

    // ------------------------------------------------------------------ helpers: Odoo

    private PatientRef patient(String e164, String lang) {
        return records.forTenant("smile-tlv").createPatient(new NewPatient("Dialogue Test", e164, lang, false));
    }

    /** A confirmed appointment {@code days} ahead at 10:00 local, with a doctor of its own. */
    private Instant appointmentFor(PatientRef patient, int days) {
        long doctor = odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr Dialogue " + patients.seq()));
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

    // ------------------------------------------------------------------ helpers: dialogue

    /** Takes the first offered time until Dana asks to confirm; answers the yes option's id. */
    private static String driveToConfirm(ChannelPatients.Patient patient) {
        for (int turn = 0; turn < 6; turn++) {
            List<String> ids = patient.lastChoices();
            String yes =
                    ids.stream().filter(id -> id.startsWith("yes:")).findFirst().orElse(null);
            if (yes != null) {
                return yes;
            }
            String slot = ids.stream()
                    .filter(id -> id.startsWith("slot:") || id.startsWith("appt:"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("unexpected reply: " + patient.lastReply()));
            patient.taps(slot);
        }
        throw new AssertionError("never asked to confirm: " + patient.lastReply());
    }
}
