package com.dentalai.hub.domain.clinic;

import java.time.Instant;
import java.util.Objects;

/**
 * What the change feed knows of one appointment: the fields whose change matters to patients
 * (when, with whom, whether it still happens) and Odoo's write_date as the version.
 *
 * @param active false when the record is archived (calendar.event's way of cancelling)
 * @param writeDate Odoo's naive UTC {@code write_date} text, the record's version
 */
public record AppointmentState(
        String appointmentRef,
        Instant start,
        Instant end,
        AppointmentStatus status,
        boolean active,
        String practitionerRef,
        String patientRef,
        String writeDate) {

    public AppointmentState {
        Objects.requireNonNull(appointmentRef, "appointmentRef");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the appointment no longer takes place (archived or cancelled). */
    public boolean cancelled() {
        return !active || status == AppointmentStatus.CANCELLED;
    }

    /** Same appointment as far as patients are concerned: the version is not compared. */
    boolean sameAs(AppointmentState other) {
        return Objects.equals(start, other.start)
                && Objects.equals(end, other.end)
                && status == other.status
                && active == other.active
                && Objects.equals(practitionerRef, other.practitionerRef)
                && Objects.equals(patientRef, other.patientRef);
    }
}
