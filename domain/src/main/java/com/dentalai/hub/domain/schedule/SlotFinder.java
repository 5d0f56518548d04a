package com.dentalai.hub.domain.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds free appointment slots from a tenant's {@link Schedule}.
 *
 * <p>Slots are laid out in wall-clock time in the tenant's zone: from the start of each opening
 * range, every {@code slot-minutes}, as long as the slot ends within the range. Each slot is then
 * converted to instants with the zone's rules, so offsets follow daylight saving: a slot whose
 * wall-clock start does not exist (spring forward) is skipped, a wall-clock time that occurs twice
 * (fall back) is taken at its first occurrence, and every slot lasts exactly {@code slot-minutes}
 * of real time.
 *
 * <p>A practitioner with an override uses its own week and adds its own closed dates; others use the
 * clinic's. Clinic closed dates close everyone. A busy interval blocks a slot of the same
 * practitioner; a clinic-wide busy interval (no practitioner) blocks every slot; for clinic-level
 * slots (no practitioners asked) every busy interval counts.
 */
public final class SlotFinder {

    private final Schedule schedule;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<TimeRange>> clinicWeek;
    private final Duration slotLength;

    public SlotFinder(Schedule schedule, ZoneId zone) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clinicWeek = schedule.weeklyHours();
        this.slotLength = Duration.ofMinutes(schedule.slotMinutes());
    }

    /** Free slots ordered by start then practitioner, at most {@code query.limit()}. */
    public List<Slot> find(SlotQuery query) {
        List<String> practitioners =
                query.practitionerIds().isEmpty() ? Collections.singletonList(null) : query.practitionerIds();
        Set<LocalDate> clinicClosed = new HashSet<>(schedule.closedDates());
        List<Slot> found = new ArrayList<>();
        for (LocalDate date = query.from(); !date.isAfter(query.to()); date = date.plusDays(1)) {
            if (clinicClosed.contains(date)) {
                continue;
            }
            List<Slot> day = new ArrayList<>();
            for (String practitioner : practitioners) {
                for (Slot slot : slotsOn(date, practitioner)) {
                    if (!slot.start().isBefore(query.now()) && isFree(slot, query.busy())) {
                        day.add(slot);
                    }
                }
            }
            day.sort(Slot.CHRONOLOGICAL);
            for (Slot slot : day) {
                found.add(slot);
                if (found.size() == query.limit()) {
                    return List.copyOf(found);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The slot starting at {@code start} for {@code practitionerId} if the finder would offer it:
     * how a booking tool re-checks what an agent proposed.
     */
    public Optional<Slot> slotAt(Instant start, String practitionerId, Instant now, List<BusyInterval> busy) {
        LocalDate date = start.atZone(zone).toLocalDate();
        SlotQuery query = new SlotQuery(
                date, date, now, practitionerId == null ? List.of() : List.of(practitionerId), busy, Integer.MAX_VALUE);
        return find(query).stream().filter(s -> s.start().equals(start)).findFirst();
    }

    /** Whether no interval in {@code busy} blocks {@code slot}. */
    public static boolean isFree(Slot slot, List<BusyInterval> busy) {
        for (BusyInterval b : busy) {
            if (b.blocks(slot.practitionerId()) && slot.overlaps(b)) {
                return false;
            }
        }
        return true;
    }

    /** Every slot of one day for one practitioner (null = clinic level), ignoring busy time and now. */
    List<Slot> slotsOn(LocalDate date, String practitionerId) {
        PractitionerSchedule override =
                practitionerId == null ? null : schedule.practitioners().get(practitionerId);
        Map<DayOfWeek, List<TimeRange>> week = clinicWeek;
        if (override != null) {
            if (override.closedDates().contains(date)) {
                return List.of();
            }
            if (!override.inheritsHours()) {
                week = override.weeklyHours();
            }
        }
        List<Slot> slots = new ArrayList<>();
        ZoneRules rules = zone.getRules();
        for (TimeRange range : week.getOrDefault(date.getDayOfWeek(), List.of())) {
            Instant rangeEnd = ZonedDateTime.of(date, range.end(), zone).toInstant();
            for (LocalTime wall : wallStarts(range)) {
                LocalDateTime local = LocalDateTime.of(date, wall);
                if (rules.getValidOffsets(local).isEmpty()) {
                    continue; // does not exist today: the clocks jump over it
                }
                Instant start = ZonedDateTime.of(local, zone).toInstant();
                Instant end = start.plus(slotLength);
                if (!end.isAfter(rangeEnd)) {
                    slots.add(new Slot(start, end, practitionerId));
                }
            }
        }
        return slots;
    }

    private List<LocalTime> wallStarts(TimeRange range) {
        long minutes = Duration.between(range.start(), range.end()).toMinutes();
        int count = (int) (minutes / slotLength.toMinutes());
        LocalTime[] starts = new LocalTime[count];
        for (int i = 0; i < count; i++) {
            starts[i] = range.start().plus(slotLength.multipliedBy(i));
        }
        return Arrays.asList(starts);
    }
}
