package com.dentalai.hub.reminders;

import static org.awaitility.Awaitility.await;

import com.dentalai.hub.channels.ChannelPatients;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.reminders.ReminderKind;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the reminder tests share: smile-tlv's (stand-in) Odoo with the dental mapping, the change
 * feed and the reminder routes started per test, the clock set to 1 March 2030, and helpers to edit
 * appointments as staff would and to tap as patients do.
 */
abstract class ReminderTestSupport {

    static final String TENANT = "smile-tlv";
    static final String MODEL = "patient.appointment";
    static final String PHONE_NUMBER_ID = "1000001";
    static final Duration WAIT = Duration.ofSeconds(40);

    @Autowired
    CamelContext camel;

    @Autowired
    TestClock clock;

    @Autowired
    TenantTransactions tx;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReminderStore store;

    @Autowired
    ReminderDelivery delivery;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    RemindersProperties properties;

    @Autowired
    MeterRegistry meters;

    final OdooStandInServer odoo = SandboxOdoo.server();
    final GraphApiStandIn graph = SandboxChannels.graph();
    final TelegramBotApiStandIn telegram = SandboxChannels.telegram();
    final long seq = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
    long doctor;

    @BeforeEach
    void startRoutes() throws Exception {
        clock.set(Instant.parse("2030-03-01T08:00:00Z"));
        doctor = odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr. Reminder"));
        for (String route : List.of("changefeed-" + TENANT, ReminderRoutes.PLANNING, ReminderRoutes.DISPATCH)) {
            if (camel.getRouteController().getRouteStatus(route).isSuspended()) {
                camel.getRouteController().resumeRoute(route);
            } else {
                camel.getRouteController().startRoute(route);
            }
        }
    }

    /** Suspended, not stopped: the routes' processors stay started (the gate test walks them). */
    @AfterEach
    void pauseRoutes() throws Exception {
        for (String route : List.of("changefeed-" + TENANT, ReminderRoutes.PLANNING, ReminderRoutes.DISPATCH)) {
            camel.getRouteController().suspendRoute(route);
        }
        clock.reset();
    }

    // ------------------------------------------------------------------ helpers

    static int drain(ReminderDispatcher dispatcher, String claimant) {
        int total = 0;
        for (int i = 0; i < 20; i++) {
            total += dispatcher.dispatch(claimant);
        }
        return total;
    }

    long patient(String phone) {
        return odoo.seed("patient.patient", Map.of("patient_name", "Reminder Patient " + seq, "contact_number", phone));
    }

    long book(long patient, String start, String status) {
        java.time.LocalDateTime s = java.time.LocalDateTime.parse(
                start, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return odoo.seed(
                MODEL,
                Map.of(
                        "patient_id", patient,
                        "doctor_id", doctor,
                        "start", start,
                        "stop", s.plusMinutes(30).toString().replace('T', ' ') + ":00",
                        "appointment_status", status));
    }

    void write(long id, Map<String, Object> values) {
        odoo.superuser(MODEL, "write", List.of(List.of(id), values), Map.of());
    }

    Map<String, Object> appointmentRecord(long id) {
        return odoo.searchRead(MODEL, List.of(List.of("id", "=", id))).get(0);
    }

    String chatter(long id) {
        return odoo.searchRead("mail.message", List.of(List.of("model", "=", MODEL), List.of("res_id", "=", id)))
                .toString();
    }

    List<Map<String, Object>> activities(long id) {
        return odoo.searchRead("mail.activity", List.of(List.of("res_id", "=", id), List.of("res_model", "=", MODEL)));
    }

    List<ReminderRow> rows(long appointment) {
        return tx
                .inTenant(
                        TENANT,
                        jdbc -> jdbc.queryForList(
                                "select id from reminders where tenant_id = ? and appointment_ref = ? order by id",
                                Long.class,
                                TENANT,
                                Long.toString(appointment)))
                .stream()
                .map(this::row)
                .toList();
    }

    ReminderRow row(long id) {
        return store.find(TENANT, id).orElseThrow();
    }

    ReminderRow awaitRow(long appointment, String version, ReminderKind kind) {
        await().atMost(WAIT).until(() -> rows(appointment).stream()
                .anyMatch(r -> r.version().equals(version)
                        && r.kind() == kind
                        && r.state().equals(ReminderRow.DUE)));
        return rows(appointment).stream()
                .filter(r -> r.version().equals(version) && r.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /** A chat Dana already had with the patient: the binding PatientChannels reads. */
    void bind(Channel channel, String key, long patient, String language, Instant at) {
        Conversation state =
                Conversation.start(TENANT, channel, key, language, at).withPatient(Long.toString(patient));
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(state.toMap());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        tx.inTenant(
                TENANT,
                jdbc -> jdbc.update(
                        "insert into conversations (tenant_id, channel, conversation_key, state, updated_at)"
                                + " values (?, ?, ?, ?::jsonb, ?)",
                        TENANT,
                        channel.name(),
                        key,
                        json,
                        Timestamp.from(at)));
    }

    List<JsonNode> sentTo(String waId) {
        return channels().whatsApp(waId).replies();
    }

    List<JsonNode> telegramTo(long chat) {
        return channels().telegram(chat).replies();
    }

    void whatsapp(String body) {
        channels().postWhatsApp(body);
    }

    void telegram(String body) {
        channels().postTelegram(body);
    }

    /** Only for posting and reading replies: the reminder tests make their own message and update ids. */
    private ChannelPatients channels() {
        return new ChannelPatients(http, camel, "wamid.rm");
    }

    private long updates = ThreadLocalRandom.current().nextLong(1_000_000, 900_000_000);

    long update() {
        return ++updates;
    }

    static String wamid() {
        return "wamid.rm" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }
}
