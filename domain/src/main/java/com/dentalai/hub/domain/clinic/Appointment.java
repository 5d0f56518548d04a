package com.dentalai.hub.domain.clinic;

import com.dentalai.hub.domain.schedule.Slot;
import java.time.Instant;
import java.util.Objects;

/**
 * An appointment in the clinic's calendar.
 *
 * @param ref opaque id in the system of record
 * @param practitioner who sees the patient; {@code null} when the clinic has not assigned anyone
 */
public record Appointment(
        String ref,
        Instant start,
        Instant end,
        Practitioner practitioner,
        AppointmentStatus status,
        PatientRef patientRef) {

    public Appointment {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("appointment must end after it starts");
        }
    }

    /** The time it takes, as a slot of its practitioner. */
    public Slot slot() {
        return new Slot(start, end, practitioner == null ? null : practitioner.ref());
    }
}
