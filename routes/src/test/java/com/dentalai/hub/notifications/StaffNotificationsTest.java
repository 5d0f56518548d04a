package com.dentalai.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Staff of smile-tlv (dental mapping) work in the stand-in Odoo as they would in its web client:
 * they @mention colleagues in chatter notes and assign activities and appointments. The mentioned
 * or assigned colleague gets one email at the loopback SMTP server and, when they are a hub user,
 * one in-app notification that only they can see.
 */
@HubTest
class StaffNotificationsTest {

    private static final String TENANT = "smile-tlv";
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String RUN = Long.toHexString(System.nanoTime());
    private static final String PASSWORD = StandInCredentials.get("stand-in.users.notifications-password");
    private static final String PATIENT = "patient.patient";

    /** Odoo logins (and hub usernames = their emails), created once per test JVM. */
    private static final String COHEN = "cohen-" + RUN;

    private static final String LEVI = "levi-" + RUN;
    private static final String KATZ = "katz-" + RUN; // in Odoo with an email, not a hub user
    private static final String HAIFA_USER = "haifa-" + RUN + "@bright.example";
    private static boolean staffCreated;

    @Autowired
    CamelContext camel;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    TenantTransactions tx;

    @Autowired
    NotificationsProperties properties;

    private final OdooStandInServer odoo = SandboxOdoo.server();

    @BeforeEach
    void staffAndPollers() throws Exception {
        if (!staffCreated) {
            odoo.addUser(COHEN, "pw", "Dr Cohen", email(COHEN));
            odoo.addUser(LEVI, "pw", "Dana Levi", email(LEVI));
            odoo.addUser(KATZ, "pw", "Avi Katz", email(KATZ));
            String admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
            createHubUser(admin, email(COHEN), TENANT, "DENTIST");
            createHubUser(admin, email(LEVI), TENANT, "ASSISTANT");
            createHubUser(admin, HAIFA_USER, "bright-haifa", "DENTIST");
            staffCreated = true;
        }
        for (String route : routes()) {
            if (camel.getRouteController().getRouteStatus(route).isSuspended()) {
                camel.getRouteController().resumeRoute(route);
            } else {
                camel.getRouteController().startRoute(route);
            }
        }
    }

    /** Suspended, not stopped: the routes' processors stay started (the gate test walks them). */
    @AfterEach
    void pausePollers() throws Exception {
        odoo.resumeListening();
        for (String route : routes()) {
            camel.getRouteController().suspendRoute(route);
        }
    }

    @Test
    void aMentionReachesTheMentionedColleagueByEmailAndInAppAndNobodyElse() throws Exception {
        long patient = odoo.seed(PATIENT, Map.of("patient_name", "Mention Patient " + RUN));

        odoo.postNote(LEVI, PATIENT, patient, "Please review the x-ray of this patient", COHEN);

        String link = link(PATIENT, patient);
        MimeMessage email = awaitEmails(email(COHEN), link, 1).get(0);
        assertThat(email.getSubject()).isEqualTo("You were mentioned on a patient record");
        assertThat(email.getFrom()[0].toString()).isEqualTo(properties.email().from());
        String text = (String) email.getContent();
        assertThat(text).contains(link).doesNotContain("x-ray").doesNotContain("Mention Patient");

        String cohen = SecurityTestSupport.login(http, email(COHEN), PASSWORD);
        JsonNode mine = await().atMost(WAIT)
                .until(() -> notificationFor(cohen, link), Optional::isPresent)
                .get();
        assertThat(mine.get("kind").asText()).isEqualTo("mention");
        assertThat(mine.get("title").asText()).isEqualTo("You were mentioned on a patient record");
        assertThat(mine.has("excerpt"))
                .as("no excerpt unless the tenant allows it")
                .isFalse();
        assertThat(mine.has("read_at")).isFalse();

        String levi = SecurityTestSupport.login(http, email(LEVI), PASSWORD);
        String haifa = SecurityTestSupport.login(http, HAIFA_USER, PASSWORD);
        assertThat(notificationFor(levi, link)).as("the author is not told").isEmpty();
        assertThat(inbox(haifa).get("notifications"))
                .as("another tenant sees nothing")
                .isEmpty();
        assertThat(inbox(haifa).get("unread_count").asLong()).isZero();
        String id = mine.get("id").asText();
        assertThat(read(levi, id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(read(haifa, id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        long unread = inbox(cohen).get("unread_count").asLong();
        assertThat(read(cohen, id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(inbox(cohen).get("unread_count").asLong()).isEqualTo(unread - 1);
        assertThat(notificationFor(cohen, link).orElseThrow().has("read_at")).isTrue();
        assertThat(read(cohen, "not-a-uuid").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aBurstOfTenIdenticalMentionsIsOneEmailAndOneInAppNotification() throws Exception {
        long patient = odoo.seed(PATIENT, Map.of("patient_name", "Burst Patient " + RUN));
        String link = link(PATIENT, patient);
        for (int i = 0; i < 10; i++) {
            odoo.postNote(COHEN, PATIENT, patient, "ping " + i, LEVI);
        }
        // a later, different event: once its email is out, every earlier message was handled
        odoo.postNote(LEVI, PATIENT, patient, "done", COHEN);
        awaitEmails(email(COHEN), link, 1);

        assertThat(emails(email(LEVI), link)).hasSize(1);
        String levi = SecurityTestSupport.login(http, email(LEVI), PASSWORD);
        assertThat(notificationsFor(levi, link)).hasSize(1);
        Long rows = tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForObject(
                        "select count(*) from notifications where tenant_id = ? and link = ?",
                        Long.class,
                        TENANT,
                        link));
        assertThat(rows).as("Levi's one and Cohen's one").isEqualTo(2L);
    }

    @Test
    void whileOdooIsDownTheCursorStaysAndNoMentionIsMissed() throws Exception {
        long before = odoo.seed(PATIENT, Map.of("patient_name", "Before Patient " + RUN));
        odoo.postNote(LEVI, PATIENT, before, "before", COHEN);
        awaitEmails(email(COHEN), link(PATIENT, before), 1);
        await().atMost(WAIT).until(() -> cursor().isPresent());
        String cursorBefore = cursor().orElseThrow();

        odoo.stopListening();
        long during = odoo.seed(PATIENT, Map.of("patient_name", "During Patient " + RUN));
        odoo.postNote(LEVI, PATIENT, during, "during", COHEN);
        await().during(properties.interval().multipliedBy(4))
                .atMost(Duration.ofSeconds(10))
                .until(() -> cursor().orElseThrow().equals(cursorBefore));
        assertThat(emails(email(COHEN), link(PATIENT, during))).isEmpty();

        odoo.resumeListening();
        awaitEmails(email(COHEN), link(PATIENT, during), 1);
        await().atMost(WAIT).until(() -> !cursor().orElseThrow().equals(cursorBefore));
        assertThat(emails(email(COHEN), link(PATIENT, during))).hasSize(1);
    }

    @Test
    void anActivityAssignedToAColleagueIsAnEmailEvenWithoutAHubAccount() throws Exception {
        long patient = odoo.seed(PATIENT, Map.of("patient_name", "Activity Patient " + RUN));
        odoo.asUser(
                COHEN,
                "mail.activity",
                "create",
                List.of(Map.of(
                        "res_model_id",
                        odoo.modelId(PATIENT),
                        "res_id",
                        patient,
                        "user_id",
                        odoo.uid(KATZ),
                        "activity_type_id",
                        2L,
                        "summary",
                        "Call the patient about the x-ray",
                        "date_deadline",
                        "2030-01-03")),
                Map.of());
        // an activity staff gave themselves tells nobody
        odoo.asUser(
                COHEN,
                "mail.activity",
                "create",
                List.of(Map.of(
                        "res_model_id",
                        odoo.modelId(PATIENT),
                        "res_id",
                        patient,
                        "user_id",
                        odoo.uid(COHEN),
                        "activity_type_id",
                        4L,
                        "date_deadline",
                        "2030-01-03")),
                Map.of());

        String link = link(PATIENT, patient);
        MimeMessage email = awaitEmails(email(KATZ), link, 1).get(0);
        assertThat(email.getSubject()).isEqualTo("You were assigned work on a patient record");
        assertThat((String) email.getContent()).doesNotContain("x-ray");
        List<Map<String, Object>> rows = tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForList(
                        "select recipient_user_id, email_status from notifications where tenant_id = ? and link = ?",
                        TENANT,
                        link));
        assertThat(rows).as("Katz has no hub account: email only").hasSize(1);
        assertThat(rows.get(0).get("recipient_user_id")).isNull();
        assertThat(emails(email(COHEN), link)).isEmpty();
    }

    @Test
    void anAppointmentMadeSomeoneElsesIsAnAssignment() throws Exception {
        long patient = odoo.seed(PATIENT, Map.of("patient_name", "Appointment Patient " + RUN));
        long appointment = (Long) odoo.asUser(
                LEVI,
                "patient.appointment",
                "create",
                List.of(Map.of("patient_id", patient, "start", "2030-06-01 09:00:00", "stop", "2030-06-01 09:30:00")),
                Map.of());
        odoo.asUser(
                LEVI,
                "patient.appointment",
                "write",
                List.of(List.of(appointment), Map.of("user_id", odoo.uid(COHEN))),
                Map.of());

        String link = link("patient.appointment", appointment);
        assertThat(awaitEmails(email(COHEN), link, 1).get(0).getSubject())
                .isEqualTo("You were assigned work on a patient record");
        String cohen = SecurityTestSupport.login(http, email(COHEN), PASSWORD);
        assertThat(notificationsFor(cohen, link))
                .singleElement()
                .satisfies(n -> assertThat(n.get("kind").asText()).isEqualTo("assignment"));
        assertThat(emails(email(LEVI), link))
                .as("Levi made it and was responsible: nobody to tell")
                .isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private List<String> routes() {
        return List.of(
                StaffNotificationRoutes.mentionsRoute(TENANT),
                StaffNotificationRoutes.activitiesRoute(TENANT),
                StaffNotificationRoutes.appointmentsRoute(TENANT));
    }

    private static String email(String login) {
        return login + "@smile.example";
    }

    private String link(String model, long id) {
        return odoo.url() + "/web#model=" + model + "&id=" + id;
    }

    private List<MimeMessage> awaitEmails(String to, String link, int count) {
        return await().atMost(WAIT).until(() -> emails(to, link), list -> list.size() >= count);
    }

    private static List<MimeMessage> emails(String to, String link) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : SandboxSmtp.server().getReceivedMessages()) {
            boolean addressed = Arrays.stream(m.getRecipients(RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(to));
            String text = ((String) m.getContent()).replace("\r\n", "\n"); // SMTP lines end in CRLF
            if (addressed && text.contains(link + "\n")) {
                found.add(m);
            }
        }
        return found;
    }

    private void createHubUser(String adminToken, String username, String tenant, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("display_name", "Staff " + RUN);
        body.put("tenant", tenant);
        body.put("roles", List.of(role));
        ResponseEntity<String> r = http.exchange(
                "/api/v1/admin/users",
                HttpMethod.POST,
                new HttpEntity<>(body, SecurityTestSupport.bearer(adminToken)),
                String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private JsonNode inbox(String token) throws Exception {
        ResponseEntity<String> r = http.exchange(
                "/api/v1/notifications",
                HttpMethod.GET,
                new HttpEntity<>(SecurityTestSupport.bearer(token)),
                String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(r.getBody());
    }

    private List<JsonNode> notificationsFor(String token, String link) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        inbox(token).get("notifications").forEach(n -> {
            if (link.equals(n.get("link").asText())) {
                found.add(n);
            }
        });
        return found;
    }

    private Optional<JsonNode> notificationFor(String token, String link) throws Exception {
        return notificationsFor(token, link).stream().findFirst();
    }

    private ResponseEntity<String> read(String token, String id) {
        return http.exchange(
                "/api/v1/notifications/" + id + "/read",
                HttpMethod.POST,
                new HttpEntity<>(SecurityTestSupport.bearer(token)),
                String.class);
    }

    private Optional<String> cursor() {
        return tx.inTenant(TENANT, jdbc -> jdbc
                .queryForList(
                        "select write_date || '#' || last_id from odoo_poll_cursors where tenant_id = ? and cursor_key = ?",
                        String.class,
                        TENANT,
                        StaffNotificationRoutes.MENTIONS_CURSOR)
                .stream()
                .findFirst());
    }
}
