package com.dentalai.hub.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final ZoneId TLV = ZoneId.of("Asia/Jerusalem");
    private static final LocalDate SUNDAY = LocalDate.of(2026, 9, 6);
    private static final LocalDate MONDAY = SUNDAY.plusDays(1);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private static Instant at(LocalDate date, String time) {
        return ZonedDateTime.of(LocalDateTime.of(date, java.time.LocalTime.parse(time)), TLV)
                .toInstant();
    }

    private static SlotQuery day(LocalDate date, List<String> practitioners, List<BusyInterval> busy) {
        return new SlotQuery(date, date, LONG_AGO, practitioners, busy, 100);
    }

    private static List<String> wallStarts(List<Slot> slots) {
        return slots.stream()
                .map(s -> s.start().atZone(TLV).toLocalTime()
                        + (s.practitionerId() == null ? "" : "/" + s.practitionerId()))
                .toList();
    }

    @Test
    void laysOutSlotsInEveryOpeningRangeOfTheDay() {
        Schedule schedule = new Schedule(45, Map.of("sun", "08:00-10:00,13:00-14:30"), null, null);

        List<Slot> slots = new SlotFinder(schedule, TLV).find(day(SUNDAY, null, null));

        assertThat(wallStarts(slots)).containsExactly("08:00", "08:45", "13:00", "13:45");
        assertThat(slots).allSatisfy(s -> assertThat(s.duration()).isEqualTo(Duration.ofMinutes(45)));
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-09-06T05:00:00Z"));
        assertThat(new SlotFinder(schedule, TLV).find(day(MONDAY, null, null))).isEmpty();
    }

    @Test
    void closedDatesCloseTheClinicOrOnePractitioner() {
        Schedule schedule = new Schedule(
                60,
                Map.of("sun", "08:00-10:00", "mon", "08:00-10:00"),
                List.of(SUNDAY),
                Map.of(
                        "dr-levi", new PractitionerSchedule(null, List.of(MONDAY)),
                        "dr-cohen", new PractitionerSchedule(Map.of("mon", "09:00-11:00"), null)));
        SlotFinder finder = new SlotFinder(schedule, TLV);

        List<Slot> slots = finder.find(
                new SlotQuery(SUNDAY, MONDAY, LONG_AGO, List.of("dr-levi", "dr-cohen", "dr-mizrahi"), null, 100));

        assertThat(wallStarts(slots))
                .containsExactly("08:00/dr-mizrahi", "09:00/dr-cohen", "09:00/dr-mizrahi", "10:00/dr-cohen");
        assertThat(slots)
                .allSatisfy(s -> assertThat(s.start().atZone(TLV).toLocalDate()).isEqualTo(MONDAY));
    }

    @Test
    void busyTimeBlocksItsPractitionerAndClinicWideBusyBlocksEveryone() {
        Schedule schedule = new Schedule(30, Map.of("sun", "08:00-10:00"), null, null);
        SlotFinder finder = new SlotFinder(schedule, TLV);
        List<BusyInterval> busy = List.of(
                new BusyInterval(at(SUNDAY, "08:00"), at(SUNDAY, "08:30"), "a"),
                new BusyInterval(at(SUNDAY, "08:40"), at(SUNDAY, "08:50"), "b"),
                BusyInterval.clinicWide(at(SUNDAY, "09:30"), at(SUNDAY, "10:00")));

        assertThat(wallStarts(finder.find(day(SUNDAY, List.of("a", "b"), busy))))
                .containsExactly("08:00/b", "08:30/a", "09:00/a", "09:00/b");
        assertThat(wallStarts(finder.find(day(SUNDAY, null, busy))))
                .as("clinic-level slots: any appointment takes the chair")
                .containsExactly("09:00");
    }

    @Test
    void neverOffersThePast() {
        Schedule schedule = new Schedule(30, Map.of("sun", "08:00-10:00"), null, null);
        Instant now = at(SUNDAY, "08:45");

        List<Slot> slots = new SlotFinder(schedule, TLV).find(new SlotQuery(SUNDAY, SUNDAY, now, null, null, 10));

        assertThat(wallStarts(slots)).containsExactly("09:00", "09:30");
        assertThat(new SlotFinder(schedule, TLV)
                        .find(new SlotQuery(SUNDAY, SUNDAY, at(SUNDAY, "09:00"), null, null, 10)))
                .first()
                .extracting(Slot::start)
                .isEqualTo(at(SUNDAY, "09:00"));
    }

    @Test
    void ordersByStartThenPractitionerAndStopsAtTheLimit() {
        SlotFinder finder = new SlotFinder(Schedule.defaults(), TLV);

        List<Slot> slots =
                finder.find(new SlotQuery(SUNDAY, SUNDAY.plusDays(30), LONG_AGO, List.of("z", "a"), null, 5));

        assertThat(wallStarts(slots)).containsExactly("08:00/a", "08:00/z", "08:30/a", "08:30/z", "09:00/a");
        assertThat(slots).isSortedAccordingTo(Slot.CHRONOLOGICAL);
    }

    @Test
    void followsIsraeliDaylightSavingTime() {
        Schedule schedule = Schedule.defaults();
        SlotFinder finder = new SlotFinder(schedule, TLV);

        assertThat(finder.find(day(LocalDate.of(2026, 10, 18), null, null))
                        .get(0)
                        .start())
                .as("summer time, UTC+3")
                .isEqualTo(Instant.parse("2026-10-18T05:00:00Z"));
        assertThat(finder.find(day(LocalDate.of(2026, 10, 25), null, null))
                        .get(0)
                        .start())
                .as("winter time from 25 Oct 2026, UTC+2")
                .isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
    }

    @Test
    void skipsWallTimesThatDoNotExistAndKeepsRealSlotLengthAcrossTransitions() {
        Schedule night = new Schedule(30, Map.of("fri", "00:00-04:00", "sun", "00:00-04:00"), null, null);
        SlotFinder finder = new SlotFinder(night, TLV);

        List<Slot> springForward = finder.find(day(LocalDate.of(2026, 3, 27), null, null));
        assertThat(wallStarts(springForward)).containsExactly("00:00", "00:30", "01:00", "01:30", "03:00", "03:30");

        List<Slot> fallBack = finder.find(day(LocalDate.of(2026, 10, 25), null, null));
        assertThat(fallBack).hasSize(8).doesNotHaveDuplicates().isSortedAccordingTo(Slot.CHRONOLOGICAL);
        assertThat(springForward).allSatisfy(s -> assertThat(s.duration()).isEqualTo(Duration.ofMinutes(30)));
        assertThat(fallBack).allSatisfy(s -> assertThat(s.duration()).isEqualTo(Duration.ofMinutes(30)));
        for (int i = 1; i < fallBack.size(); i++) {
            assertThat(fallBack.get(i).overlaps(fallBack.get(i - 1))).isFalse();
        }
    }

    @Test
    void slotAtConfirmsOnlyWhatWouldBeOffered() {
        Schedule schedule = new Schedule(30, Map.of("sun", "08:00-10:00"), null, null);
        SlotFinder finder = new SlotFinder(schedule, TLV);
        List<BusyInterval> busy = List.of(new BusyInterval(at(SUNDAY, "09:00"), at(SUNDAY, "09:30"), "a"));

        assertThat(finder.slotAt(at(SUNDAY, "08:30"), "a", LONG_AGO, busy)).isPresent();
        assertThat(finder.slotAt(at(SUNDAY, "09:00"), "a", LONG_AGO, busy)).isEmpty();
        assertThat(finder.slotAt(at(SUNDAY, "09:00"), "b", LONG_AGO, busy)).isPresent();
        assertThat(finder.slotAt(at(SUNDAY, "08:10"), "a", LONG_AGO, busy))
                .as("off the grid")
                .isEmpty();
        assertThat(finder.slotAt(at(SUNDAY, "08:30"), null, at(SUNDAY, "09:00"), List.of()))
                .as("in the past")
                .isEmpty();
    }

    @Test
    void overlapHelpersTreatIntervalsAsHalfOpen() {
        Slot slot = new Slot(at(SUNDAY, "08:00"), at(SUNDAY, "08:30"), null);

        assertThat(slot.overlaps(at(SUNDAY, "08:30"), at(SUNDAY, "09:00"))).isFalse();
        assertThat(slot.overlaps(at(SUNDAY, "07:30"), at(SUNDAY, "08:00"))).isFalse();
        assertThat(slot.overlaps(at(SUNDAY, "08:29"), at(SUNDAY, "09:00"))).isTrue();
        assertThat(slot.overlaps(new Slot(at(SUNDAY, "07:00"), at(SUNDAY, "10:00"), "x")))
                .isTrue();
        assertThat(slot.contains(at(SUNDAY, "08:00"))).isTrue();
        assertThat(slot.contains(at(SUNDAY, "08:30"))).isFalse();
        assertThat(SlotFinder.isFree(slot, List.of(new BusyInterval(at(SUNDAY, "08:00"), at(SUNDAY, "08:00"), "a"))))
                .as("an appointment without duration still takes its slot")
                .isFalse();
        assertThat(SlotFinder.isFree(slot, List.of(new BusyInterval(at(SUNDAY, "08:30"), at(SUNDAY, "08:30"), "a"))))
                .isTrue();
        assertThat(new BusyInterval(at(SUNDAY, "08:00"), at(SUNDAY, "09:00"), "a").blocks("b"))
                .isFalse();
    }

    @Test
    void rejectsNonsenseQueriesAndIntervals() {
        Instant t = at(SUNDAY, "08:00");
        assertThatThrownBy(() -> new SlotQuery(MONDAY, SUNDAY, t, null, null, 1))
                .hasMessageContaining("before");
        assertThatThrownBy(() -> new SlotQuery(SUNDAY, SUNDAY.plusYears(2), t, null, null, 1))
                .hasMessageContaining("at most");
        assertThatThrownBy(() -> new SlotQuery(SUNDAY, SUNDAY, t, null, null, 0))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> new Slot(t, t, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusyInterval(t, t.minusSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SlotQuery.of(SUNDAY, SUNDAY, t, List.of("a"), List.of(), 3).practitionerIds())
                .containsExactly("a");
        assertThat(SlotQuery.of(SUNDAY, SUNDAY, t, null, null, 3).busy()).isEmpty();
    }
}
