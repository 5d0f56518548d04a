package com.dentalai.hub.domain.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeExtractorTest {

    private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
    /** A Sunday. */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);

    private static DateTimeExtractor.Found read(String text, LocalDate today) {
        return DateTimeExtractor.extract(TextNormalizer.clean(text), today);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "היום | 2026-11-22",
                "ממחר | 2026-11-23",
                "מחרתיים | 2026-11-24",
                "יום ראשון | 2026-11-29",
                "ביום שני | 2026-11-23",
                "יום שלישי הבא | 2026-11-24",
                "יום שלישי בשבוע הבא | 2026-12-01",
                "בשבוע הבא ביום חמישי | 2026-12-03",
                "בשבת | 2026-11-28",
                "יום ה' | 2026-11-26",
                "בעוד שבוע | 2026-11-29",
                "בעוד שבועיים | 2026-12-06",
                "בעוד 3 ימים | 2026-11-25",
                "בעוד שלושה ימים | 2026-11-25",
                "בעוד יומיים | 2026-11-24",
                "בעוד חודש | 2026-12-22",
                "15/12 | 2026-12-15",
                "15.12 | 2026-12-15",
                "15/12/2027 | 2027-12-15",
                "3/1/27 | 2027-01-03",
                "ב-15 לדצמבר | 2026-12-15",
                "5 בינואר | 2027-01-05",
                "ב-20 לחודש | 2026-12-20",
                "today | 2026-11-22",
                "tomorow | 2026-11-23",
                "the day after tomorrow | 2026-11-24",
                "this Sunday | 2026-11-22",
                "Sunday | 2026-11-29",
                "next Tuesday | 2026-11-24",
                "Tuesday next week | 2026-12-01",
                "wednsday | 2026-11-25",
                "in 2 days | 2026-11-24",
                "in a week | 2026-11-29",
                "in two weeks | 2026-12-06",
                "next week | 2026-11-29",
                "Dec 15 | 2026-12-15",
                "15th of December | 2026-12-15",
                "December 1st, 2027 | 2027-12-01",
                "12/15 | 2026-12-15",
                "3/4 | 2027-04-03",
                "on the 25th | 2026-11-25",
            })
    void resolvesDates(String text, String expected) {
        assertThat(read(text, SUNDAY).date()).contains(LocalDate.parse(expected.strip()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "בעשר | 10:00",
                "ב-10 | 10:00",
                "בעשר וחצי | 10:30",
                "10:30 | 10:30",
                "ב-9:30 | 09:30",
                "בשתיים בצהריים | 14:00",
                "בשמונה בערב | 20:00",
                "בשלוש | 15:00",
                "באחת עשרה | 11:00",
                "בשתים עשרה בצהריים | 12:00",
                "בארבע ורבע | 16:15",
                "ברבע לשמונה | 07:45",
                "בשעה 16 | 16:00",
                "ב-9.30 | 09:30",
                "2pm | 14:00",
                "at 2 | 14:00",
                "at 9 | 09:00",
                "at 10 in the evening | 22:00",
                "14:30 | 14:30",
                "9:30 am | 09:30",
                "12am | 00:00",
                "half past nine | 09:30",
                "quarter past 3 | 15:15",
                "quarter to 10 | 09:45",
                "noon | 12:00",
                "at 8 o'clock | 08:00",
                "seven o'clock | 19:00",
            })
    void resolvesClockTimes(String text, String expected) {
        assertThat(read(text, SUNDAY).time()).contains(LocalTime.parse(expected.strip()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "בבוקר | MORNING",
                "אחרי הצהריים | AFTERNOON",
                "אחה\"צ | AFTERNOON",
                "בערב | EVENING",
                "in the morning | MORNING",
                "afternoon | AFTERNOON",
                "tonight | EVENING",
            })
    void partsOfDayAreRangesNotTimes(String text, PartOfDay expected) {
        DateTimeExtractor.Found found = read(text, SUNDAY);
        assertThat(found.partOfDay()).contains(expected);
        assertThat(found.time()).isEmpty();
    }

    @Test
    void greetingsAreNotPartsOfDay() {
        assertThat(read("good morning", SUNDAY).partOfDay()).isEmpty();
        assertThat(read("ערב טוב", SUNDAY).partOfDay()).isEmpty();
        assertThat(read("בוקר טוב", SUNDAY).partOfDay()).isEmpty();
    }

    @Test
    void numbersThatAreNotTimesOrDatesAreLeftAlone() {
        for (String text : new String[] {
            "יש לי חום 39",
            "בעוד 3 אנשים",
            "for 3 people",
            "fridays",
            "in 5 minutes",
            "31/2",
            "40/13",
            "כמה זה 5 ועוד 7"
        }) {
            DateTimeExtractor.Found found = read(text, SUNDAY);
            assertThat(found.date()).as(text).isEmpty();
            assertThat(found.time()).as(text).isEmpty();
        }
    }

    @Test
    void theLastDateNamedIsTheTarget() {
        assertThat(read("move tomorrow's appointment to Thursday", SUNDAY).date())
                .contains(LocalDate.of(2026, 11, 26));
        assertThat(read("להעביר את התור של מחר ליום חמישי", SUNDAY).date()).contains(LocalDate.of(2026, 11, 26));
    }

    @Test
    void choicesAreRead() {
        assertThat(read("2", SUNDAY).choice()).contains(2);
        assertThat(read("the second one", SUNDAY).choice()).contains(2);
        assertThat(read("השלישית", SUNDAY).choice()).contains(3);
        assertThat(read("אפשרות 1", SUNDAY).choice()).contains(1);
        assertThat(read("option 4", SUNDAY).choice()).contains(4);
        assertThat(read("0", SUNDAY).choice()).isEmpty();
        assertThat(read("יום שני", SUNDAY).choice()).isEmpty();
    }

    @Test
    void yearRollover() {
        LocalDate dec30 = LocalDate.of(2026, 12, 30); // a Wednesday
        assertThat(read("2/1", dec30).date()).contains(LocalDate.of(2027, 1, 2));
        assertThat(read("31/12", dec30).date()).contains(LocalDate.of(2026, 12, 31));
        assertThat(read("15/12", dec30).date()).contains(LocalDate.of(2027, 12, 15));
        assertThat(read("Jan 5", dec30).date()).contains(LocalDate.of(2027, 1, 5));
        assertThat(read("friday", dec30).date()).contains(LocalDate.of(2027, 1, 1));
        assertThat(read("בעוד 3 ימים", dec30).date()).contains(LocalDate.of(2027, 1, 2));
        assertThat(read("next week", dec30).date()).contains(LocalDate.of(2027, 1, 3));
        assertThat(read("29/2", LocalDate.of(2027, 12, 1)).date()).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void justAfterMidnightTodayIsTheNewDay() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 0, 5, 0, 0, JERUSALEM); // Monday 00:05
        LocalDate today = now.toLocalDate();
        assertThat(read("today", today).date()).contains(LocalDate.of(2026, 11, 23));
        assertThat(read("מחר", today).date()).contains(LocalDate.of(2026, 11, 24));
        assertThat(read("Monday", today).date()).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void dstSpringForwardInJerusalemKeepsWallClockValues() {
        // clocks jump 02:00 -> 03:00 on Friday 2026-03-27; the resolver speaks wall-clock time and
        // leaves mapping to an instant to the scheduler (02:30 does not exist that night)
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 26, 23, 30, 0, 0, JERUSALEM);
        DateTimeExtractor.Found found = read("tomorrow at 2:30am", now.toLocalDate());
        assertThat(found.date()).contains(LocalDate.of(2026, 3, 27));
        assertThat(found.time()).contains(LocalTime.of(2, 30));
        assertThat(ZonedDateTime.of(found.date().get(), found.time().get(), JERUSALEM)
                        .toLocalTime())
                .isEqualTo(LocalTime.of(3, 30));
        assertThat(read("מחר בעשר", now.toLocalDate()).time()).contains(LocalTime.of(10, 0));
    }

    @Test
    void dstFallBackInJerusalemIsAnOrdinaryDay() {
        // clocks go back 02:00 -> 01:00 on Sunday 2026-10-25: 25 hours, but still one calendar day
        ZonedDateTime now = ZonedDateTime.of(2026, 10, 24, 23, 59, 0, 0, JERUSALEM);
        assertThat(read("מחר", now.toLocalDate()).date()).contains(LocalDate.of(2026, 10, 25));
        assertThat(read("בעוד יומיים", now.toLocalDate()).date()).contains(LocalDate.of(2026, 10, 26));
        ZonedDateTime after = now.plusHours(3); // 01:59 on the 25th, in the repeated hour
        assertThat(read("today", after.toLocalDate()).date()).contains(LocalDate.of(2026, 10, 25));
        assertThat(read("Sunday", after.toLocalDate()).date()).contains(LocalDate.of(2026, 11, 1));
    }

    @Test
    void hourRules() {
        assertThat(DateTimeExtractor.hour(3, 0, null, Optional.empty())).isEqualTo(LocalTime.of(15, 0));
        assertThat(DateTimeExtractor.hour(8, 0, null, Optional.empty())).isEqualTo(LocalTime.of(8, 0));
        assertThat(DateTimeExtractor.hour(3, 0, "am", Optional.empty())).isEqualTo(LocalTime.of(3, 0));
        assertThat(DateTimeExtractor.hour(12, 0, "pm", Optional.empty())).isEqualTo(LocalTime.NOON);
        assertThat(DateTimeExtractor.hour(9, 0, null, Optional.of(PartOfDay.EVENING)))
                .isEqualTo(LocalTime.of(21, 0));
        assertThat(DateTimeExtractor.hour(5, 0, null, Optional.of(PartOfDay.MORNING)))
                .isEqualTo(LocalTime.of(5, 0));
        assertThat(DateTimeExtractor.hour(24, 0, null, Optional.empty())).isNull();
        assertThat(DateTimeExtractor.hour(10, 60, null, Optional.empty())).isNull();
    }
}
