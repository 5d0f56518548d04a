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
import com.dentalai.hub.domain.clinic.InvoiceState;
import com.dentalai.hub.domain.clinic.NewPatient;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.domain.schedule.BusyInterval;
import com.dentalai.hub.domain.schedule.Slot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain Odoo 17 Community (res.partner, calendar.event, account.move) through mappings/standard.yaml. */
class StandardMappingRecordsTest {

    static final Instant NINE = Instant.parse("2026-03-02T07:00:00Z");
    static final Instant NINE_30 = Instant.parse("2026-03-02T07:30:00Z");
    static final Instant TEN = Instant.parse("2026-03-02T08:00:00Z");

    static StandInFixture fx;
    static String drCohen;

    @BeforeAll
    static void start() {
        fx = new StandInFixture("standard");
        drCohen = Long.toString(fx.odoo.addUser("cohen", "cohen", "Dr Cohen"));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void findsPatientsWhateverWayStaffTypedTheirNumber() {
        long dashed = fx.odoo.seed("res.partner", Map.of("name", "Dashed", "phone", "050-123-4567"));
        long international = fx.odoo.seed("res.partner", Map.of("name", "Intl", "mobile", "+972 52-765-4321"));
        long plain = fx.odoo.seed("res.partner", Map.of("name", "Plain", "phone", "0541112233"));
        // same last four digits, different number: found by the search, dropped by the comparison
        fx.odoo.seed("res.partner", Map.of("name", "Other", "phone", "050-999-4567"));

        assertThat(fx.records.findPatientByPhone("+972501234567")).contains(new PatientRef(Long.toString(dashed)));
        assertThat(fx.records.findPatientByPhone("+972527654321"))
                .contains(new PatientRef(Long.toString(international)));
        assertThat(fx.records.findPatientByPhone("+972541112233")).contains(new PatientRef(Long.toString(plain)));
        assertThat(fx.records.findPatientByPhone("+972509994560")).isEmpty();
    }

    @Test
    void createsAnUnverifiedPatientWithLanguageAndARemarkForStaff() {
        PatientRef ref = fx.records.createPatient(new NewPatient("Noa Levi", "+972501112222", "he", true));

        Map<String, Object> stored = fx.odoo
                .searchRead("res.partner", List.of(List.of("id", "=", Long.parseLong(ref.id()))))
                .get(0);
        assertThat(stored).containsEntry("name", "Noa Levi").containsEntry("phone", "+972501112222");
        assertThat(stored.get("lang")).isEqualTo("he_IL");
        assertThat(stored.get("comment").toString()).contains("Identity not verified");
        assertThat(fx.records.findPatientByPhone("+972501112222")).contains(ref);
    }

    @Test
    void listsInternalUsersAsPractitioners() {
        assertThat(fx.records.listPractitioners())
                .extracting(Practitioner::name)
                .contains("Dr Cohen", "Mitchell Admin");
    }

    @Test
    void booksACalendarEventWithTheRequestTagAndSeesItAsBusy() {
        PatientRef patient = patient("+972501230001");
        BookingRequest request =
                new BookingRequest("wa:standard-1", patient, new Slot(NINE, NINE_30, drCohen), "toothache");

        Appointment booked = fx.records.book(request);

        Map<String, Object> event = event(booked.ref());
        assertThat(event.get("partner_ids")).isEqualTo(List.of(Long.parseLong(patient.id())));
        assertThat(((List<?>) event.get("user_id")).get(0)).isEqualTo(Long.parseLong(drCohen));
        assertThat(event).containsEntry("start", "2026-03-02 07:00:00").containsEntry("stop", "2026-03-02 07:30:00");
        assertThat(event.get("duration")).isEqualTo(0.5);
        assertThat(event.get("description").toString()).contains("toothache").contains("[hub-booking:");
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CONFIRMED);

        assertThat(fx.records.busyIntervals(NINE, TEN)).contains(new BusyInterval(NINE, NINE_30, drCohen));
        assertThat(fx.records.findBooked(request)).map(Appointment::ref).contains(booked.ref());
        assertThat(fx.records.findBooked(new BookingRequest("wa:other", patient, request.slot(), null)))
                .isEmpty();
    }

    @Test
    void cancelArchivesTheEventWhichThenNoLongerBlocksTheSlotButIsStillFoundByItsKey() {
        PatientRef patient = patient("+972501230002");
        Instant eleven = Instant.parse("2026-03-03T09:00:00Z");
        BookingRequest request =
                new BookingRequest("wa:standard-2", patient, new Slot(eleven, eleven.plusSeconds(1800), drCohen), null);
        Appointment booked = fx.records.book(request);
        assertThat(fx.records.upcomingAppointments(patient, NINE))
                .extracting(Appointment::ref)
                .containsExactly(booked.ref());

        fx.records.cancel(booked.ref(), "patient asked on WhatsApp");

        assertThat(event(booked.ref())).containsEntry("active", false);
        assertThat(fx.records.busyIntervals(eleven, eleven.plusSeconds(3600))).isEmpty();
        assertThat(fx.records.upcomingAppointments(patient, NINE)).isEmpty();
        assertThat(fx.records.findBooked(request)).map(Appointment::status).contains(AppointmentStatus.CANCELLED);
        assertThat(fx.records.newMessages(RecordRef.ofAppointment(booked.ref()), 0))
                .extracting(ChatterMessage::text)
                .anyMatch(text -> text.contains("patient asked on WhatsApp"));
    }

    @Test
    void reschedulesAndReadsTheMovedAppointmentBack() {
        PatientRef patient = patient("+972501230003");
        Instant noon = Instant.parse("2026-03-04T10:00:00Z");
        Appointment booked = fx.records.book(
                new BookingRequest("wa:standard-3", patient, new Slot(noon, noon.plusSeconds(1800), drCohen), null));

        Appointment moved = fx.records.reschedule(booked.ref(), noon.plusSeconds(3600), noon.plusSeconds(5400));

        assertThat(moved.start()).isEqualTo(noon.plusSeconds(3600));
        assertThat(moved.patientRef()).isEqualTo(patient);
        assertThat(moved.practitioner().name()).isEqualTo("Dr Cohen");
        assertThat(event(booked.ref()).get("duration")).isEqualTo(0.5);
    }

    @Test
    void notesMessagesAndFilesLandOnThePatient() {
        PatientRef patient = patient("+972501230004");
        RecordRef record = RecordRef.of(patient);

        fx.records.postNote(record, "Asked about <whitening> & prices");
        List<ChatterMessage> messages = fx.records.newMessages(record, 0);
        FileRef file = fx.records.attachFile(record, "xray.png", "image/png", new byte[] {1, 2, 3});

        assertThat(messages).extracting(ChatterMessage::text).contains("Asked about <whitening> & prices");
        assertThat(fx.records.newMessages(
                        record, messages.get(messages.size() - 1).id()))
                .isEmpty();
        Map<String, Object> attachment = fx.odoo
                .searchRead("ir.attachment", List.of(List.of("id", "=", Long.parseLong(file.ref()))))
                .get(0);
        assertThat(attachment)
                .containsEntry("res_model", "res.partner")
                .containsEntry("res_id", Long.parseLong(patient.id()))
                .containsEntry("mimetype", "image/png")
                .containsEntry("datas", "AQID");
    }

    @Test
    void invoicesOfThePatientWithTheirPaymentState() {
        PatientRef patient = patient("+972501230005");
        long partner = Long.parseLong(patient.id());
        fx.odoo.seed(
                "account.move",
                Map.of(
                        "move_type",
                        "out_invoice",
                        "partner_id",
                        partner,
                        "name",
                        "INV/2026/0001",
                        "state",
                        "posted",
                        "payment_state",
                        "partial",
                        "amount_total",
                        350.0,
                        "amount_residual",
                        100.0,
                        "invoice_date",
                        "2026-02-01"));
        fx.odoo.seed(
                "account.move",
                Map.of(
                        "move_type",
                        "out_invoice",
                        "partner_id",
                        partner,
                        "name",
                        "/",
                        "state",
                        "draft",
                        "amount_total",
                        80.0,
                        "amount_residual",
                        80.0));
        fx.odoo.seed("account.move", Map.of("move_type", "in_invoice", "partner_id", partner, "state", "posted"));

        List<Invoice> invoices = fx.records.invoices(patient);

        assertThat(invoices).hasSize(2);
        Invoice posted = invoices.stream()
                .filter(i -> "INV/2026/0001".equals(i.number()))
                .findFirst()
                .orElseThrow();
        assertThat(posted.state()).isEqualTo(InvoiceState.PARTIAL);
        assertThat(posted.residual()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(posted.payable()).isTrue();
        assertThat(invoices).extracting(Invoice::state).contains(InvoiceState.DRAFT);
    }

    @Test
    void aValidationFaultIsPassedOnWithTheFieldNamed() {
        PatientRef patient = patient("+972501230006");
        // Odoo refuses an event that ends before it starts
        assertThatThrownBy(() -> fx.records.reschedule(
                        fx.records
                                .book(new BookingRequest("wa:standard-6", patient, new Slot(NINE, NINE_30, null), null))
                                .ref(),
                        TEN,
                        NINE))
                .isInstanceOf(ClinicRecordsException.class)
                .satisfies(e -> assertThat(((ClinicRecordsException) e).reason())
                        .isEqualTo(ClinicRecordsException.Reason.INVALID));
    }

    @Test
    void cancellingAMissingAppointmentIsNotFound() {
        assertThatThrownBy(() -> fx.records.cancel("999999", null))
                .isInstanceOf(ClinicRecordsException.class)
                .satisfies(e -> assertThat(((ClinicRecordsException) e).reason())
                        .isEqualTo(ClinicRecordsException.Reason.NOT_FOUND));
    }

    private static PatientRef patient(String phone) {
        return fx.records.createPatient(new NewPatient("Test Patient", phone, "en", false));
    }

    private static Map<String, Object> event(String ref) {
        return fx.odoo
                .searchRead(
                        "calendar.event",
                        List.of(List.of("id", "=", Long.parseLong(ref)), List.of("active", "in", List.of(true, false))))
                .get(0);
    }
}
