package com.dentalai.hub.domain.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromptScrubberTest {

    private final PromptScrubber scrubber = PromptScrubber.forYear(2026);

    @Test
    void datesOfBirthGoWhetherNamedOrJustInThePast() {
        assertThat(scrubber.scrub("I was born 3/4/1985, can I come tomorrow?"))
                .isEqualTo("I was born [DOB], can I come tomorrow?");
        assertThat(scrubber.scrub("DOB: 1985-04-03")).isEqualTo("DOB: [DOB]");
        assertThat(scrubber.scrub("תאריך לידה 03.04.85 ואני רוצה תור")).isEqualTo("תאריך לידה [DOB] ואני רוצה תור");
        assertThat(scrubber.scrub("נולדתי ב 12/1")).isEqualTo("נולדתי ב [DOB]");
        assertThat(scrubber.scrub("my kid, 12/05/2019")).isEqualTo("my kid, [DOB]");
    }

    @Test
    void appointmentDatesAndTimesStay() {
        assertThat(scrubber.scrub("15/12 ב-9:30")).isEqualTo("15/12 ב-9:30");
        assertThat(scrubber.scrub("next Monday at 2pm, or 2026-12-15 10:00"))
                .isEqualTo("next Monday at 2pm, or 2026-12-15 10:00");
        assertThat(scrubber.scrub("15/12/2026 or 3/1/27")).isEqualTo("15/12/2026 or 3/1/27");
        assertThat(scrubber.scrub("the 2nd one")).isEqualTo("the 2nd one");
    }

    @Test
    void idNumbersPhonesAndEmailsGo() {
        assertThat(scrubber.scrub("ת.ז 123456782")).doesNotContain("123456782");
        assertThat(scrubber.scrub("my id is 23456789 thanks")).isEqualTo("my id is [ID] thanks");
        assertThat(scrubber.scrub("call me on 050-1234567")).isEqualTo("call me on [PHONE]");
        assertThat(scrubber.scrub("dana@example.com")).isEqualTo("[EMAIL]");
    }

    @Test
    void namesGoWhenIntroducedOrKnown() {
        assertThat(scrubber.scrub("Hi, my name is Dana Cohen, I need a cleaning"))
                .isEqualTo("Hi, my name is [NAME], I need a cleaning");
        assertThat(scrubber.scrub("שמי ישראל ישראלי")).isEqualTo("שמי [NAME]");
        assertThat(scrubber.scrub("קוראים לי רותי")).isEqualTo("קוראים לי [NAME]");
        PromptScrubber known = scrubber.withNames(List.of("Yael Levi"));
        assertThat(known.scrub("this is yael levi again")).isEqualTo("this is [NAME] again");
        assertThat(known.scrubAll(List.of("Yael Levi", "hello"))).containsExactly("[NAME]", "hello");
    }

    @Test
    void emptyAndNullPassThrough() {
        assertThat(scrubber.scrub(null)).isNull();
        assertThat(scrubber.scrub("")).isEmpty();
        assertThat(scrubber.toString()).doesNotContain("Yael");
    }

    @Test
    void twoDigitYearsAreThisOrNextYearOnlyWhenTheyMatch() {
        assertThat(scrubber.isPast("1/1/26")).isFalse();
        assertThat(scrubber.isPast("1/1/27")).isFalse();
        assertThat(scrubber.isPast("1/1/99")).isTrue();
        assertThat(scrubber.isPast("1/1/2025")).isTrue();
        assertThat(scrubber.isPast("x")).isFalse();
    }
}
