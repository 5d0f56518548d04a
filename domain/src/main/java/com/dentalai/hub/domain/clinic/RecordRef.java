package com.dentalai.hub.domain.clinic;

import java.util.Objects;

/**
 * A record that can carry notes, messages and files, independent of the model that stores it:
 * a patient or an appointment.
 */
public record RecordRef(Kind kind, String id) {

    /** What the record is, in the hub's words. */
    public enum Kind {
        PATIENT,
        APPOINTMENT
    }

    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("record id must not be blank");
        }
    }

    public static RecordRef of(PatientRef patient) {
        return new RecordRef(Kind.PATIENT, patient.id());
    }

    public static RecordRef ofAppointment(String appointmentRef) {
        return new RecordRef(Kind.APPOINTMENT, appointmentRef);
    }
}
