package com.dentalai.hub.domain.nlu;

import java.time.LocalTime;

/**
 * A vague time of day ("in the morning", "אחרי הצהריים"): a range to search slots in, never a clock
 * time. The bounds are inclusive start, exclusive end.
 */
public enum PartOfDay {
    MORNING(LocalTime.of(7, 0), LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.of(22, 0));

    private final LocalTime from;
    private final LocalTime until;

    PartOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime until() {
        return until;
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(until);
    }

    /** Whether a bare hour said in this part of day is a pm hour (2 in the afternoon = 14:00). */
    boolean isPm() {
        return this != MORNING;
    }
}
