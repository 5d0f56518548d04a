package com.dentalai.hub.domain.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.reminders.ReminderSchedule.Due;
import com.dentalai.hub.domain.tenant.ReminderSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
    private static final Duration LEAD = Duration.ofHours(1);
    private static final ReminderSettings SIX_PM = new ReminderSettings(LocalTime.of(18, 0), null, null, null, null);
    private static final Instant LONG_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theDayBeforeAtTheTenantsHourInTheTenantsZone() {
        // Tuesday 10 March 2026, 09:00 in Jerusalem (winter, UTC+2)
        List<Due> due =
                ReminderSchedule.plan(Instant.parse("2026-03-10T07:00:00Z"), JERUSALEM, SIX_PM, LONG_BEFORE, LEAD);

        assertThat(due).containsExactly(new Due(ReminderKind.DAY_BEFORE, Instant.parse("2026-03-09T16:00:00Z")));
    }

    @Test
    void justAfterMidnightIsRemindedTheLocalEveningBeforeNotTheUtcOne() {
        // 00:15 on Wednesday 11 March local is still Tuesday 22:15 in UTC
        List<Due> due =
                ReminderSchedule.plan(Instant.parse("2026-03-10T22:15:00Z"), JERUSALEM, SIX_PM, LONG_BEFORE, LEAD);

        assertThat(due).containsExactly(new Due(ReminderKind.DAY_BEFORE, Instant.parse("2026-03-10T16:00:00Z")));
    }

    @Test
    void acrossTheSpringForwardTheLocalHourStaysAndTheUtcInstantMoves() {
        // Israel moves to summer time on Friday 27 March 2026 at 02:00 → 03:00
        Instant beforeChange = ReminderSchedule.plan(
                        Instant.parse("2026-03-27T08:00:00Z"), JERUSALEM, SIX_PM, LONG_BEFORE, LEAD)
                .get(0)
                .at();
        Instant afterChange = ReminderSchedule.plan(
                        Instant.parse("2026-03-29T07:00:00Z"), JERUSALEM, SIX_PM, LONG_BEFORE, LEAD)
                .get(0)
                .at();

        assertThat(beforeChange).isEqualTo(Instant.parse("2026-03-26T16:00:00Z")); // 18:00 UTC+2
        assertThat(afterChange).isEqualTo(Instant.parse("2026-03-28T15:00:00Z")); // 18:00 UTC+3
    }

    @Test
    void aReminderHourInsideTheGapMovesForwardAndTheAutumnOverlapTakesTheFirstOne() {
        ReminderSettings halfPastTwo = new ReminderSettings(LocalTime.of(2, 30), null, null, null, null);

        Instant spring = ReminderSchedule.plan(
                        Instant.parse("2026-03-28T07:00:00Z"), JERUSALEM, halfPastTwo, LONG_BEFORE, LEAD)
                .get(0)
                .at();
        // summer time ends on Sunday 25 October 2026 at 02:00 → 01:00; 01:30 happens twice
        ReminderSettings halfPastOne = new ReminderSettings(LocalTime.of(1, 30), null, null, null, null);
        Instant autumn = ReminderSchedule.plan(
                        Instant.parse("2026-10-26T07:00:00Z"), JERUSALEM, halfPastOne, LONG_BEFORE, LEAD)
                .get(0)
                .at();

        assertThat(spring).isEqualTo(Instant.parse("2026-03-27T00:30:00Z")); // 03:30 UTC+3
        assertThat(autumn).isEqualTo(Instant.parse("2026-10-24T22:30:00Z")); // the first 01:30, UTC+3
    }

    @Test
    void aLateBookingIsRemindedAtOnceAndOneStartingSoonNotAtAll() {
        Instant start = Instant.parse("2026-03-10T07:00:00Z");
        Instant evening = Instant.parse("2026-03-09T19:00:00Z");

        assertThat(ReminderSchedule.plan(start, JERUSALEM, SIX_PM, evening, LEAD))
                .containsExactly(new Due(ReminderKind.DAY_BEFORE, evening));
        assertThat(ReminderSchedule.plan(start, JERUSALEM, SIX_PM, start.minus(Duration.ofMinutes(30)), LEAD))
                .isEmpty();
    }

    @Test
    void theSameDayReminderOnlyWhenItLiesAheadAndBeforeTheStart() {
        ReminderSettings both = new ReminderSettings(LocalTime.of(18, 0), null, LocalTime.of(7, 0), null, null);

        List<Due> morningVisit =
                ReminderSchedule.plan(Instant.parse("2026-03-10T12:00:00Z"), JERUSALEM, both, LONG_BEFORE, LEAD);
        List<Due> earlyVisit =
                ReminderSchedule.plan(Instant.parse("2026-03-10T05:30:00Z"), JERUSALEM, both, LONG_BEFORE, LEAD);

        assertThat(morningVisit)
                .containsExactly(
                        new Due(ReminderKind.DAY_BEFORE, Instant.parse("2026-03-09T16:00:00Z")),
                        new Due(ReminderKind.SAME_DAY, Instant.parse("2026-03-10T05:00:00Z")));
        assertThat(earlyVisit).extracting(Due::kind).containsExactly(ReminderKind.DAY_BEFORE);
    }

    @Test
    void onlySurveysAreNonEssential() {
        assertThat(ReminderKind.DAY_BEFORE.essential()).isTrue();
        assertThat(ReminderKind.SAME_DAY.essential()).isTrue();
        assertThat(ReminderKind.SURVEY.essential()).isFalse();
    }
}
