package com.dentalai.hub.domain.schedule;

import com.dentalai.hub.domain.support.Copies;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One practitioner's override of the clinic schedule, keyed in {@link Schedule#practitioners()} by
 * the practitioner id. {@code hours} of the same shape as the clinic's replaces the clinic's week
 * when present (empty map = inherit); {@code closedDates} adds to the clinic's closed dates (leave,
 * conferences).
 */
public record PractitionerSchedule(Map<String, String> hours, List<LocalDate> closedDates) {

    public PractitionerSchedule {
        hours = Copies.copy(hours);
        closedDates = Copies.copy(closedDates);
    }

    /** Whether this practitioner keeps the clinic's weekly hours. */
    public boolean inheritsHours() {
        return hours.isEmpty();
    }

    /** The parsed week; only meaningful when {@link #inheritsHours()} is false. */
    public Map<DayOfWeek, List<TimeRange>> weeklyHours() {
        return OpeningHours.parseWeek(hours);
    }
}
