package com.dentalai.hub.domain.schedule;

import com.dentalai.hub.domain.support.Copies;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code schedule} block of a tenant: slot length, weekly opening hours, closed dates and
 * optional per-practitioner overrides. Values are kept as written so that validation can name the
 * exact key of a malformed entry; {@link #weeklyHours()} parses them (validate first).
 *
 * <p>Defaults: 30-minute slots, Sunday to Thursday 08:00-18:00 (the Israeli working week), no
 * closed dates, no overrides. A day missing from an explicit {@code hours} map is closed.
 */
public record Schedule(
        Integer slotMinutes,
        Map<String, String> hours,
        List<LocalDate> closedDates,
        Map<String, PractitionerSchedule> practitioners) {

    public static final int DEFAULT_SLOT_MINUTES = 30;
    public static final String DEFAULT_DAY_HOURS = "08:00-18:00";

    public Schedule {
        slotMinutes = slotMinutes == null ? DEFAULT_SLOT_MINUTES : slotMinutes;
        hours = hours == null ? defaultHours() : Copies.copy(hours);
        closedDates = Copies.copy(closedDates);
        practitioners = Copies.copy(practitioners);
    }

    public static Schedule defaults() {
        return new Schedule(null, null, null, null);
    }

    public Map<DayOfWeek, List<TimeRange>> weeklyHours() {
        return OpeningHours.parseWeek(hours);
    }

    private static Map<String, String> defaultHours() {
        Map<String, String> week = new LinkedHashMap<>();
        for (String day : List.of("sun", "mon", "tue", "wed", "thu")) {
            week.put(day, DEFAULT_DAY_HOURS);
        }
        return Collections.unmodifiableMap(week);
    }
}
