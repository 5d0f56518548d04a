package com.dentalai.hub.connectors.odoo.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.AppointmentStatus;
import com.dentalai.hub.domain.clinic.BookingRequest;
import com.dentalai.hub.domain.clinic.ChatterMessage;
import com.dentalai.hub.domain.clinic.ClinicRecordsException;
import com.dentalai.hub.domain.clinic.FileRef;
import com.dentalai.hub.domain.clinic.Invoice;
import com.dentalai.hub.domain.clinic.NewPatient;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.domain.schedule.BusyInterval;
import com.dentalai.hub.domain.schedule.Slot;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Odoo 17 with the ambientWave dental add-on (patient.patient, patient.appointment) through mappings/dental.yaml. */
class DentalMappingRecordsTest {

    static final Instant NINE = Instant.parse("2026-03-02T07:00:00Z");
    static final Instant NINE_30 = Instant.parse("2026-03-02T07:30:00Z");

    static StandInFixture fx;
    static String drLevi;

    @BeforeAll
    static void start() {
        fx = new StandInFixture("dental");
        drLevi = Long.toString(fx.odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr Levi")));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void findsAndCreatesPatientsOnTheAddOnModel() {
        long stored =
                fx.odoo.seed("patient.patient", Map.of("patient_name", "Yael", "contact_number", "+972 50-123-4567"));

        assertThat(fx.records.findPatientByPhone("+972501234567")).contains(new PatientRef(Long.toString(stored)));

        PatientRef created = fx.records.createPatient(new NewPatient("Avi", "+972527770001", "he", true));
        Map<String, Object> record = fx.odoo
                .searchRead("patient.patient", List.of(List.of("id", "=", Long.parseLong(created.id()))))
                .get(0);
        assertThat(record).containsEntry("patient_name", "Avi").containsEntry("contact_number", "+972527770001");
        assertThat(record.get("patient_serial").toString()).startsWith("PAT");
        // no note field on patient.patient: the remark goes to the chatter
        assertThat(fx.records.newMessages(RecordRef.of(created), 0))
                .extracting(ChatterMessage::text)
                .anyMatch(t -> t.contains("Identity not verified"));
    }

    @Test
    void listsDoctors() {
        assertThat(fx.records.listPractitioners()).contains(new Practitioner(drLevi, "Dr Levi"));
    }

    @Test
    void booksConfirmedAppointmentsAndCancelsThemByStatus() {
        PatientRef patient = fx.records.createPatient(new NewPatient("Dana", "+972527770002", "he", false));
        BookingRequest request =
                new BookingRequest("tg:dental-1", patient, new Slot(NINE, NINE_30, drLevi), "cleaning");

        Appointment booked = fx.records.book(request);

        Map<String, Object> row = appointment(booked.ref());
        assertThat(row).containsEntry("appointment_status", "confirm").containsEntry("appointment_type", "reserve");
        assertThat(((List<?>) row.get("patient_id")).get(0)).isEqualTo(Long.parseLong(patient.id()));
        assertThat(((List<?>) row.get("doctor_id")).get(0)).isEqualTo(Long.parseLong(drLevi));
        assertThat(row.get("chief_complaints").toString())
                .startsWith("cleaning")
                .contains("[hub-booking:");
        assertThat(fx.records.busyIntervals(NINE, NINE_30)).contains(new BusyInterval(NINE, NINE_30, drLevi));
        assertThat(fx.records.upcomingAppointments(patient, NINE.minusSeconds(60)))
                .extracting(Appointment::status)
                .containsExactly(AppointmentStatus.CONFIRMED);

        fx.records.cancel(booked.ref(), null);

        assertThat(appointment(booked.ref())).containsEntry("appointment_status", "cancelled");
        assertThat(fx.records.busyIntervals(NINE, NINE_30)).isEmpty();
        assertThat(fx.records.findBooked(request)).map(Appointment::status).contains(AppointmentStatus.CANCELLED);
    }

    @Test
    void filesOnAnAppointmentBecomeAttachmentLines() {
        PatientRef patient = fx.records.createPatient(new NewPatient("Ron", "+972527770003", "en", false));
        Instant noon = Instant.parse("2026-03-05T10:00:00Z");
        Appointment booked = fx.records.book(
                new BookingRequest("tg:dental-2", patient, new Slot(noon, noon.plusSeconds(1800), drLevi), null));

        FileRef file = fx.records.attachFile(
                RecordRef.ofAppointment(booked.ref()), "scan.pdf", "application/pdf", new byte[] {9});

        Map<String, Object> line = fx.odoo
                .searchRead("appointment.attachment.line", List.of(List.of("id", "=", Long.parseLong(file.ref()))))
                .get(0);
        assertThat(((List<?>) line.get("appointment_id")).get(0)).isEqualTo(Long.parseLong(booked.ref()));
        assertThat(line.get("file")).isEqualTo("CQ==");
        assertThat(line.get("attachment_deposition_date")).isNotEqualTo(false);
    }

    @Test
    void invoicesAreMatchedByThePatientsName() {
        PatientRef patient = fx.records.createPatient(new NewPatient("Tamar Invoice", "+972527770004", "he", false));
        long partner = fx.odoo.seed("res.partner", Map.of("name", "Tamar Invoice"));
        fx.odoo.seed(
                "account.move",
                Map.of(
                        "move_type",
                        "out_invoice",
                        "partner_id",
                        partner,
                        "name",
                        "INV/7",
                        "state",
                        "posted",
                        "payment_state",
                        "not_paid",
                        "amount_total",
                        500.0,
                        "amount_residual",
                        500.0));

        assertThat(fx.records.invoices(patient)).extracting(Invoice::number).containsExactly("INV/7");
    }

    @Test
    void aRejectedSelectionValueIsReportedWithTheMappingKey() {
        OdooMapping m = fx.mapping;
        OdooMapping.AppointmentMapping broken = new OdooMapping.AppointmentMapping(
                m.appointment().model(),
                m.appointment().patientLink(),
                null,
                null,
                m.appointment().fields(),
                Map.of("confirmed", AppointmentStatus.CONFIRMED),
                "confirmed",
                m.appointment().cancel(),
                "confirmed",
                Map.of());
        OdooClinicRecords records = new OdooClinicRecords(
                new OdooMapping(
                        m.name(), m.source(), m.patient(), m.practitioner(), broken, m.invoice(), m.attachment()),
                fx.client,
                StandInFixture::toE164,
                Clock.systemUTC());
        PatientRef patient = fx.records.createPatient(new NewPatient("Gil", "+972527770005", "he", false));

        assertThatThrownBy(() ->
                        records.book(new BookingRequest("tg:dental-3", patient, new Slot(NINE, NINE_30, null), null)))
                .isInstanceOfSatisfying(ClinicRecordsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ClinicRecordsException.Reason.INVALID);
                    assertThat(e.field()).isEqualTo("appointment.fields.status");
                });
    }

    private static Map<String, Object> appointment(String ref) {
        return fx.odoo
                .searchRead("patient.appointment", List.of(List.of("id", "=", Long.parseLong(ref))))
                .get(0);
    }
}
