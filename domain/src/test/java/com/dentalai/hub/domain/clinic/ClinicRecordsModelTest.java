package com.dentalai.hub.domain.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.schedule.Slot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicRecordsModelTest {

    static final Instant NINE = Instant.parse("2026-03-01T07:00:00Z");
    static final Instant NINE_30 = Instant.parse("2026-03-01T07:30:00Z");
    static final Instant TEN = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void newPatientRequiresE164AndNeverPrintsPhi() {
        NewPatient patient = new NewPatient("Dana Levi", "+972501234567", "he", true);

        assertThat(patient.toString()).doesNotContain("Dana").doesNotContain("0501234567");
        assertThatThrownBy(() -> new NewPatient("Dana", "050-123-4567", "he", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewPatient(" ", "+972501234567", "he", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refsRejectBlankIds() {
        assertThatThrownBy(() -> new PatientRef(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordRef(RecordRef.Kind.APPOINTMENT, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RecordRef.of(new PatientRef("12"))).isEqualTo(new RecordRef(RecordRef.Kind.PATIENT, "12"));
        assertThat(RecordRef.ofAppointment("5").kind()).isEqualTo(RecordRef.Kind.APPOINTMENT);
        assertThat(new PatientRef("12").toString()).isEqualTo("PatientRef[12]");
    }

    @Test
    void appointmentKnowsItsRangeAndWhetherItHoldsTheSlot() {
        Appointment a = new Appointment(
                "5",
                NINE,
                NINE_30,
                new Practitioner("7", "Dr Cohen"),
                AppointmentStatus.CONFIRMED,
                new PatientRef("1"));

        assertThat(a.slot()).isEqualTo(new Slot(NINE, NINE_30, "7"));
        assertThat(AppointmentStatus.CONFIRMED.holdsSlot()).isTrue();
        assertThat(AppointmentStatus.REQUESTED.holdsSlot()).isTrue();
        assertThat(AppointmentStatus.CANCELLED.holdsSlot()).isFalse();
        assertThat(AppointmentStatus.DONE.holdsSlot()).isFalse();
        assertThatThrownBy(() -> new Appointment("5", NINE, NINE, null, AppointmentStatus.CONFIRMED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bookingRequestValidatesKeyAndKeepsTheNoteOutOfToString() {
        BookingRequest request =
                new BookingRequest("wa:abc", new PatientRef("1"), new Slot(NINE, NINE_30, "7"), "tooth pain");

        assertThat(request.toString()).contains("wa:abc").doesNotContain("tooth");
        assertThat(request.practitionerRef()).isEqualTo("7");
        assertThatThrownBy(() -> new BookingRequest("", new PatientRef("1"), new Slot(NINE, TEN, null), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new BookingRequest("x".repeat(201), new PatientRef("1"), new Slot(NINE, TEN, null), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invoiceIsPayableOnlyWhenOpenWithSomethingLeft() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(new Invoice("1", "INV/1", BigDecimal.TEN, BigDecimal.ONE, InvoiceState.PARTIAL, day).payable())
                .isTrue();
        assertThat(new Invoice("1", "INV/1", BigDecimal.TEN, BigDecimal.ZERO, InvoiceState.OPEN, day).payable())
                .isFalse();
        assertThat(new Invoice("1", "INV/1", BigDecimal.TEN, BigDecimal.ZERO, InvoiceState.PAID, day).payable())
                .isFalse();
    }

    @Test
    void exceptionsCarryWhatCallersNeed() {
        Slot wanted = new Slot(NINE, NINE_30, null);
        SlotTakenException taken = new SlotTakenException(wanted, List.of(new Slot(NINE_30, TEN, null)));
        assertThat(taken.wanted()).isEqualTo(wanted);
        assertThat(taken.alternatives()).hasSize(1);

        ClinicRecordsException invalid =
                new ClinicRecordsException(ClinicRecordsException.Reason.INVALID, "bad", "appointment.start", null);
        assertThat(invalid.reason()).isEqualTo(ClinicRecordsException.Reason.INVALID);
        assertThat(invalid.field()).isEqualTo("appointment.start");
        assertThat(new ClinicRecordsException(ClinicRecordsException.Reason.UNAVAILABLE, "down").field())
                .isNull();
    }

    @Test
    void smallRecordsHoldTheirValues() {
        assertThat(new Practitioner("7", "Dr Cohen").name()).isEqualTo("Dr Cohen");
        assertThat(new FileRef("3", "xray.png").ref()).isEqualTo("3");
        ChatterMessage m = new ChatterMessage(9, "Front desk", "see you", NINE);
        assertThat(m.toString()).doesNotContain("see you");
    }
}
