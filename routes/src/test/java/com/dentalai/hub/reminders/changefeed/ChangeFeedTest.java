package com.dentalai.hub.reminders.changefeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

/**
 * Staff change appointments in the (stand-in) Odoo of smile-tlv, whose mapping is {@code dental}
 * (patient.appointment): the feed publishes one event per change, of the right kind, and never
 * loses a change while Odoo is down.
 */
@HubTest
class ChangeFeedTest {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedTest.class);
    private static final String TENANT = "smile-tlv";
    private static final String MODEL = "patient.appointment";
    private static final Duration EVENT_WAIT = Duration.ofSeconds(40);

    @Autowired
    CamelContext camel;

    @Autowired
    ConnectionFactory connections;

    @Autowired
    ChangeFeedProperties properties;

    @Autowired
    TenantTransactions tx;

    @Autowired
    ObjectMapper json;

    private final OdooStandInServer odoo = SandboxOdoo.server();
    private long patient;
    private long doctor;

    @BeforeEach
    void startFeed() throws Exception {
        patient = odoo.seed("patient.patient", Map.of("patient_name", "Feed Patient", "contact_number", "0528800901"));
        doctor = odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr. Feed"));
        String route = ChangeFeedRoutes.routeId(TENANT);
        if (camel.getRouteController().getRouteStatus(route).isSuspended()) {
            camel.getRouteController().resumeRoute(route);
        } else {
            camel.getRouteController().startRoute(route);
        }
    }

    /** Suspended, not stopped: the route's processors stay started (the gate test walks them). */
    @AfterEach
    void pauseFeed() throws Exception {
        odoo.resumeListening();
        camel.getRouteController().suspendRoute(ChangeFeedRoutes.routeId(TENANT));
    }

    @Test
    void createdMovedCancelledEachOnceAndTheSameWriteTwiceIsOneEvent() throws Exception {
        long booked = System.nanoTime();
        long id = book("2030-05-04 09:00:00", "2030-05-04 09:30:00");

        Map<String, Object> created = nextEvent(id);
        LOG.info(
                "change-feed lag (Odoo write -> event received, interval {}): {} ms",
                properties.interval(),
                (System.nanoTime() - booked) / 1_000_000);
        assertThat(created)
                .containsEntry("tenant", TENANT)
                .containsEntry("appointmentRef", Long.toString(id))
                .containsEntry("kind", "CREATED")
                .containsEntry("start", "2030-05-04T09:00:00Z")
                .containsEntry("end", "2030-05-04T09:30:00Z")
                .containsEntry("practitionerRef", Long.toString(doctor))
                .containsEntry("patientRef", Long.toString(patient));
        assertThat(created.get("version")).isNotNull();

        long written = System.nanoTime();
        write(id, Map.of("start", "2030-05-04 11:00:00", "stop", "2030-05-04 11:30:00"));
        Map<String, Object> moved = nextEvent(id);
        LOG.info("change-feed lag for a move: {} ms", (System.nanoTime() - written) / 1_000_000);
        assertThat(moved).containsEntry("kind", "MOVED").containsEntry("start", "2030-05-04T11:00:00Z");

        // the same write again (a new write_date, same values): no second event
        write(id, Map.of("start", "2030-05-04 11:00:00", "stop", "2030-05-04 11:30:00"));
        write(id, Map.of("appointment_status", "cancelled"));
        assertThat(nextEvent(id)).containsEntry("kind", "CANCELLED");
        assertThat(pendingEvent(id)).isEmpty();
    }

    @Test
    void whileOdooIsDownTheCursorStaysAndNothingIsMissed() throws Exception {
        long before = book("2030-05-05 09:00:00", "2030-05-05 09:30:00");
        nextEvent(before);
        await().atMost(EVENT_WAIT).until(() -> cursor().isPresent());
        String cursorBefore = cursor().orElseThrow();

        odoo.stopListening();
        long during = book("2030-05-05 10:00:00", "2030-05-05 10:30:00");
        await().during(Duration.ofMillis(properties.interval().toMillis() * 3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> cursor().orElseThrow().equals(cursorBefore));
        assertThat(pendingEvent(during)).isEmpty();

        odoo.resumeListening();
        assertThat(nextEvent(during)).containsEntry("kind", "CREATED");
        await().atMost(EVENT_WAIT).until(() -> !cursor().orElseThrow().equals(cursorBefore));
    }

    private long book(String start, String stop) {
        return odoo.seed(
                MODEL,
                Map.of(
                        "patient_id", patient,
                        "doctor_id", doctor,
                        "start", start,
                        "stop", stop,
                        "appointment_status", "confirm"));
    }

    private void write(long id, Map<String, Object> values) {
        odoo.superuser(MODEL, "write", List.of(List.of(id), values), Map.of());
    }

    private Optional<String> cursor() {
        return tx.inTenant(TENANT, jdbc -> jdbc
                .queryForList(
                        "select write_date || '#' || last_id from odoo_poll_cursors where tenant_id = ? and cursor_key = ?",
                        String.class,
                        TENANT,
                        ChangeFeedRoutes.CURSOR)
                .stream()
                .findFirst());
    }

    private String selector(long id) {
        return AppointmentChangeDetector.HEADER_TENANT + " = '" + TENANT + "' AND "
                + AppointmentChangeDetector.HEADER_REF + " = '" + id + "'";
    }

    private Map<String, Object> nextEvent(long id) throws Exception {
        Message message = receiver(EVENT_WAIT).receiveSelected(properties.destination(), selector(id));
        assertThat(message).as("an event for appointment %s", id).isNotNull();
        return read(message);
    }

    private Optional<Map<String, Object>> pendingEvent(long id) throws Exception {
        Message message =
                receiver(properties.interval().multipliedBy(3)).receiveSelected(properties.destination(), selector(id));
        return message == null ? Optional.empty() : Optional.of(read(message));
    }

    /** Our own template: the application's shared one keeps its receive timeout. */
    private JmsTemplate receiver(Duration timeout) {
        JmsTemplate jms = new JmsTemplate(connections);
        jms.setReceiveTimeout(timeout.toMillis());
        return jms;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(Message message) throws Exception {
        return json.readValue(((TextMessage) message).getText(), Map.class);
    }
}
