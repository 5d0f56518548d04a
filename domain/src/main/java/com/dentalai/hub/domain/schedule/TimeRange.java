package com.dentalai.hub.domain.schedule;

import java.time.LocalTime;
import java.util.Objects;

/** A half-open wall-clock range {@code [start, end)} within one day, e.g. 08:00-12:00. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start " + start + " must be before end " + end);
        }
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
