package com.dentalai.hub.domain.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * Time that is already taken, e.g. an existing appointment. {@code practitionerId == null} blocks
 * the whole clinic (a staff meeting, an appointment not tied to a practitioner). A zero-length
 * interval (an appointment without duration) still takes the slot it falls in.
 */
public record BusyInterval(Instant start, Instant end, String practitionerId) {

    public BusyInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a busy interval must not end before it starts");
        }
    }

    public static BusyInterval clinicWide(Instant start, Instant end) {
        return new BusyInterval(start, end, null);
    }

    /** Whether this interval keeps {@code practitionerId} (null = a clinic-level slot) busy. */
    public boolean blocks(String slotPractitionerId) {
        return practitionerId == null || slotPractitionerId == null || practitionerId.equals(slotPractitionerId);
    }
}
