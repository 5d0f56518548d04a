package com.dentalai.hub.domain.reminders;

import com.dentalai.hub.domain.tenant.ReminderSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When the reminders of one appointment are due. Everything is computed on the tenant's local
 * calendar: "the day before" is the local date before the appointment's local date (an appointment
 * at 00:15 is reminded the previous evening, not two evenings before as a UTC date would say), and
 * a reminder hour that falls in a daylight-saving gap moves forward by the gap, as {@link
 * ZonedDateTime#of} does (02:30 on the spring-forward night is 03:30).
 *
 * <p>Rules (docs/reminders.md): nothing for an appointment that starts within {@code minLead};
 * a day-before reminder whose moment has already passed (the appointment was booked or moved late)
 * is due at once; a same-day reminder is planned only when its moment lies ahead, after the
 * day-before one and at least {@code minLead} before the start.
 */
public final class ReminderSchedule {

    /** One reminder to plan. */
    public record Due(ReminderKind kind, Instant at) {
        public Due {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
        }
    }

    private ReminderSchedule() {}

    public static List<Due> plan(Instant start, ZoneId zone, ReminderSettings settings, Instant now, Duration minLead) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(minLead, "minLead");
        List<Due> due = new ArrayList<>();
        Instant latest = start.minus(minLead);
        if (!now.isBefore(latest)) {
            return due;
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        Instant dayBefore =
                ZonedDateTime.of(day.minusDays(1), settings.dayBeforeAt(), zone).toInstant();
        due.add(new Due(ReminderKind.DAY_BEFORE, dayBefore.isAfter(now) ? dayBefore : now));
        if (settings.sameDayAt() != null) {
            Instant sameDay = ZonedDateTime.of(day, settings.sameDayAt(), zone).toInstant();
            if (sameDay.isAfter(now) && sameDay.isAfter(dayBefore) && !sameDay.isAfter(latest)) {
                due.add(new Due(ReminderKind.SAME_DAY, sameDay));
            }
        }
        return due;
    }
}
