package com.dentalai.hub.domain.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The de-duplication rule: the first event of a key opens a window of {@code length}; further
 * events of that key inside the window are dropped; the first one after it opens the next window.
 * A fixed window, not a sliding one, so a steady trickle still produces one notice per window.
 */
public record DedupeWindow(Duration length) {

    public DedupeWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("a dedupe window cannot be negative: " + length);
        }
    }

    /** Whether an event at {@code now} opens a new window, given the open one started at {@code windowStart}. */
    public boolean opensNewWindow(Instant windowStart, Instant now) {
        return windowStart == null || !now.isBefore(windowStart.plus(length));
    }

    /** Windows starting at or before this instant are over at {@code now}. */
    public Instant expiredAtOrBefore(Instant now) {
        return now.minus(length);
    }
}
