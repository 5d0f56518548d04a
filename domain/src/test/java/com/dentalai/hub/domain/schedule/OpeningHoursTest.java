package com.dentalai.hub.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    @Test
    void parsesShortAndLongDayNames() {
        assertThat(OpeningHours.parseDay("sun")).contains(DayOfWeek.SUNDAY);
        assertThat(OpeningHours.parseDay(" Thursday ")).contains(DayOfWeek.THURSDAY);
        assertThat(OpeningHours.parseDay("thurs")).isEmpty();
        assertThat(OpeningHours.parseDay(null)).isEmpty();
        assertThat(OpeningHours.keyOf(DayOfWeek.FRIDAY)).isEqualTo("fri");
    }

    @Test
    void parsesOneOrMoreAscendingRanges() {
        assertThat(OpeningHours.parseRanges("08:00-12:00, 13:00-18:00"))
                .containsExactly(
                        new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new TimeRange(LocalTime.of(13, 0), LocalTime.of(18, 0)));
        assertThat(OpeningHours.parseRanges("08:00-12:00,12:00-13:00")).hasSize(2);
        assertThat(OpeningHours.parseRanges("closed")).isEmpty();
        assertThat(OpeningHours.parseRanges(" ")).isEmpty();
        assertThat(OpeningHours.parseRanges(null)).isEmpty();
        assertThat(new TimeRange(LocalTime.of(8, 0), LocalTime.of(9, 30)).toString())
                .isEqualTo("08:00-09:30");
    }

    @Test
    void rejectsMalformedValuesWithAnOperatorFriendlyMessage() {
        assertThatThrownBy(() -> OpeningHours.parseRanges("08:00-12:00,11:00-13:00"))
                .hasMessageContaining("ascending and not overlap");
        assertThatThrownBy(() -> OpeningHours.parseRanges("8-12")).hasMessageContaining("not a range like");
        assertThatThrownBy(() -> OpeningHours.parseRanges("08:00")).hasMessageContaining("not a range like");
        assertThatThrownBy(() -> OpeningHours.parseRanges("12:00-12:00")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> OpeningHours.parseWeek(Map.of("xyz", "08:00-09:00")))
                .hasMessageContaining("unknown weekday 'xyz'");
        assertThatThrownBy(() -> new TimeRange(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
