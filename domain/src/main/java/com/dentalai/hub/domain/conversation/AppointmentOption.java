package com.dentalai.hub.domain.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One of the patient's appointments, offered for cancel or reschedule under option id {@code
 * appt:<n>}.
 *
 * @param practitionerName null when the clinic has not assigned anyone
 */
public record AppointmentOption(String id, String appointmentRef, Instant start, String practitionerName) {

    public AppointmentOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appointmentRef, "appointmentRef");
        Objects.requireNonNull(start, "start");
    }
}
