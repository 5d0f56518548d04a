package com.dentalai.hub.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A bookable slot {@code [start, end)}; {@code practitionerId} is {@code null} for a clinic-level
 * slot (a tenant that does not book per practitioner).
 */
public record Slot(Instant start, Instant end, String practitionerId) {

    /** By start, then practitioner id (clinic-level first). */
    public static final Comparator<Slot> CHRONOLOGICAL = Comparator.comparing(Slot::start)
            .thenComparing(Slot::practitionerId, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a slot must end after it starts");
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whether this slot shares any instant with {@code [otherStart, otherEnd)}; touching is not overlapping. */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return overlaps(start, end, otherStart, otherEnd);
    }

    public boolean overlaps(Slot other) {
        return overlaps(other.start, other.end);
    }

    /** A zero-length busy interval (an appointment without duration) still takes the slot it falls in. */
    public boolean overlaps(BusyInterval busy) {
        return busy.start().equals(busy.end()) ? contains(busy.start()) : overlaps(busy.start(), busy.end());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Half-open intervals overlap when each starts before the other ends. */
    public static boolean overlaps(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }
}
