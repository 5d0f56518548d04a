package com.dentalai.hub.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Who a web chat patient is: a one-time code over WhatsApp proves a phone (smile-tlv has WhatsApp),
 * and without that proof the patient is a new, unverified record that never reaches an existing
 * patient's data. Bookings land in the (stand-in) Odoo.
 */
@HubTest
class WebChatIdentityTest {

    private static final String TENANT = "smile-tlv";

    @Autowired
    TestRestTemplate http;

    @Autowired
    TenantTransactions tx;

    private final OdooStandInServer odoo = SandboxOdoo.server();

    @Test
    void aCodeOverWhatsAppProvesTheNumberAndTheExistingPatientBooksInEnglish() {
        Existing patient = existingPatient("Dana Example");
        WebChatClient chat = new WebChatClient(http, TENANT, WebChatClient.SMILE_ORIGIN);
        int before = appointments().size();

        chat.say("I want to book a cleaning tomorrow at 10");
        assertThat(chat.text()).contains("mobile number");
        assertThat(chat.choices()).contains(WebChatConversation.SKIP);
        chat.say(patient.typed);
        assertThat(chat.text()).contains("code");
        String code = WebChatClient.codeSentTo(patient.e164);
        assertThat(code).matches("\\d{6}");
        assertThat(storedHash(chat)).startsWith("$2").doesNotContain(code);

        chat.say(wrong(code));
        assertThat(chat.text()).contains("not right");
        chat.say(code);
        assertThat(chat.text()).contains("verified");

        List<String> seen = new ArrayList<>(List.of(chat.text()));
        String pick = null;
        for (int turn = 0; turn < 6 && !WebChatClient.booked(chat.text()); turn++) {
            pick = pick(chat.choices());
            assertThat(pick).as("conversation: %s", seen).isNotNull();
            chat.tap(pick);
            seen.add(chat.text());
        }

        assertThat(WebChatClient.booked(chat.text()))
                .as("conversation: %s", seen)
                .isTrue();
        List<Map<String, Object>> after = appointments();
        assertThat(after).hasSize(before + 1);
        // the proved number is the existing patient's: the booking is theirs, no new record
        assertThat(patientOf(after.get(after.size() - 1))).isEqualTo(patient.id);
        assertThat(patientsWithPhone(patient.typed)).isEqualTo(1);
        // the same confirmation again (a double click) does not book twice
        chat.tap(pick);
        assertThat(appointments()).hasSize(before + 1);
    }

    @Test
    void aCodeExpiresAndFiveWrongCodesVoidIt() {
        Existing patient = existingPatient("Expiry Example");
        WebChatClient chat = new WebChatClient(http, TENANT, WebChatClient.SMILE_ORIGIN);
        chat.say("I want to book an appointment");
        chat.say(patient.typed);
        String code = WebChatClient.codeSentTo(patient.e164);
        tx.inTenant(
                TENANT,
                jdbc -> jdbc.update(
                        "update webchat_sessions set code_expires_at = now() - interval '1 second'"
                                + " where tenant_id = ? and session_id = ?",
                        TENANT,
                        chat.session));

        chat.say(code);
        assertThat(chat.text()).contains("expired");

        chat.say(patient.typed);
        String fresh = WebChatClient.codeSentTo(patient.e164);
        for (int i = 0; i < 4; i++) {
            chat.say(wrong(fresh));
            assertThat(chat.text()).contains("not right");
        }
        chat.say(wrong(fresh));
        assertThat(chat.text()).contains("Too many");
        chat.say(fresh);
        assertThat(chat.text()).as("a voided code stays void").doesNotContain("verified");
    }

    @Test
    void withoutProofTheWebPatientIsANewUnverifiedRecordThatSeesNoExistingAppointment() {
        Existing patient = existingPatient("פט קיים");
        long doctor = odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr. Webchat"));
        odoo.seed(
                "patient.appointment",
                Map.of(
                        "patient_id", patient.id,
                        "doctor_id", doctor,
                        "start", "2030-05-05 09:00:00",
                        "stop", "2030-05-05 09:30:00",
                        "appointment_status", "confirm"));
        WebChatClient chat = new WebChatClient(http, TENANT, WebChatClient.SMILE_ORIGIN);

        chat.say("שלום");
        chat.tap("menu:list");
        assertThat(chat.text()).contains("וואטסאפ");
        chat.tap(WebChatConversation.SKIP);
        assertThat(chat.text()).contains("מטופל/ת חדש/ה");
        chat.say("פט טסטר");
        assertThat(chat.text()).contains("טלפון");
        // the existing patient's number, typed without proof
        chat.say(patient.typed);

        assertThat(chat.text()).doesNotContain("05/05").doesNotContain("5.5").doesNotContain("Dr. Webchat");
        assertThat(chat.text()).contains("אין לך תורים");
        assertThat(patientsWithPhone(patient.typed))
                .as("a new record beside the existing one")
                .isEqualTo(2);
        chat.tap("menu:list");
        assertThat(chat.text()).contains("אין לך תורים");
    }

    @Test
    void aNewUnverifiedPatientBooksInHebrew() {
        WebChatClient chat = new WebChatClient(http, TENANT, WebChatClient.SMILE_ORIGIN);
        int before = appointments().size();

        chat.say("אני רוצה לקבוע תור לניקוי שיניים מחר ב-10");
        chat.tap(WebChatConversation.SKIP);
        chat.say("פט חדש");
        chat.say(existingPhoneless());
        List<String> seen = new ArrayList<>(List.of(chat.text()));
        for (int turn = 0; turn < 6 && !WebChatClient.booked(chat.text()); turn++) {
            String pick = pick(chat.choices());
            assertThat(pick).as("conversation: %s", seen).isNotNull();
            chat.tap(pick);
            seen.add(chat.text());
        }

        assertThat(WebChatClient.booked(chat.text()))
                .as("conversation: %s", seen)
                .isTrue();
        assertThat(appointments()).hasSize(before + 1);
    }

    @Test
    void aClinicWithoutWhatsAppAsksForTheNameStraightAway() {
        WebChatClient chat = new WebChatClient(http, "bright-beersheva", http.getRootUri());

        chat.say("I want to book an appointment");

        assertThat(chat.text()).contains("name").doesNotContain("WhatsApp");
    }

    // ------------------------------------------------------------------ helpers

    private record Existing(long id, String typed, String e164) {}

    private Existing existingPatient(String name) {
        String local = "054" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        long id = odoo.seed("patient.patient", Map.of("patient_name", name, "contact_number", local));
        return new Existing(id, local, "+972" + local.substring(1));
    }

    private static String existingPhoneless() {
        return "053" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private String storedHash(WebChatClient chat) {
        return tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForObject(
                        "select code_hash from webchat_sessions where tenant_id = ? and session_id = ?",
                        String.class,
                        TENANT,
                        chat.session));
    }

    private List<Map<String, Object>> appointments() {
        return odoo.searchRead("patient.appointment", List.of());
    }

    /** Patients whose number is {@code local} in either form ("054…" or "+97254…"). */
    private long patientsWithPhone(String local) {
        return odoo.searchRead("patient.patient", List.of(List.of("contact_number", "ilike", local.substring(1))))
                .size();
    }

    private static long patientOf(Map<String, Object> appointment) {
        Object link = appointment.get("patient_id");
        if (link instanceof List<?> pair) {
            return ((Number) pair.get(0)).longValue();
        }
        return ((Number) link).longValue();
    }

    /** Confirm when asked, else take the first offered time. */
    private static String pick(List<String> ids) {
        return ids.stream()
                .filter(id -> id.startsWith("yes:"))
                .findFirst()
                .or(() -> ids.stream().filter(id -> id.startsWith("slot:")).findFirst())
                .orElse(null);
    }
}
