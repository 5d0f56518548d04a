package com.dentalai.hub.domain.nlu;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date, clock time, part of day and option number a message names, in Hebrew or English,
 * relative to "today" in the clinic's time zone.
 *
 * <p>Rules (documented for integrators and the dialogue):
 *
 * <ul>
 *   <li>A weekday means its next occurrence after today ("Sunday" said on a Sunday is next week's);
 *       "next Tuesday" / "יום שלישי הבא" is the same upcoming Tuesday; "Tuesday next week" / "יום
 *       שלישי בשבוע הבא" is the Tuesday of the following Sunday-to-Saturday week; "this Sunday" may be
 *       today. "Next week" / "בשבוע הבא" alone is the Sunday that starts next week.
 *   <li>Numeric dates are day/month (Israel), in both languages; only when the first number cannot be
 *       a month but the second cannot be a day either way round (12/15) is it read month/day. A date
 *       without a year that has already passed this year means next year.
 *   <li>A bare hour 1-7 with no am/pm and no part of day means the afternoon (a clinic is closed at
 *       3 am); 8-12 stay as said. "in the evening", "בערב", "pm" move 1-11 to the afternoon/evening.
 *   <li>When a message names several dates ("move tomorrow's appointment to Thursday"), the last one
 *       wins: in a chat the target date comes after the one being changed.
 * </ul>
 */
final class DateTimeExtractor {

    /** What was found; every part optional. */
    record Found(
            Optional<LocalDate> date,
            Optional<LocalTime> time,
            Optional<PartOfDay> partOfDay,
            Optional<Integer> choice) {}

    private record Mention(int start, int end, LocalDate date) {}

    private record TimeMention(int start, int end, LocalTime time) {}

    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    /** Hebrew one-letter prefixes that may stick to a date word: ו ב ל מ ש ה (and a hyphen). */
    private static final String HP = B0 + "(?:[ובלמשה]{0,3}-?)";

    private static final Map<String, Integer> EN_MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("jan", 1),
            Map.entry("february", 2),
            Map.entry("feb", 2),
            Map.entry("march", 3),
            Map.entry("mar", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("jun", 6),
            Map.entry("july", 7),
            Map.entry("jul", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("october", 10),
            Map.entry("oct", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("december", 12),
            Map.entry("dec", 12));
    private static final Map<String, Integer> HE_MONTHS = Map.ofEntries(
            Map.entry("ינואר", 1),
            Map.entry("פברואר", 2),
            Map.entry("מרץ", 3),
            Map.entry("מרס", 3),
            Map.entry("אפריל", 4),
            Map.entry("מאי", 5),
            Map.entry("יוני", 6),
            Map.entry("יולי", 7),
            Map.entry("אוגוסט", 8),
            Map.entry("ספטמבר", 9),
            Map.entry("אוקטובר", 10),
            Map.entry("נובמבר", 11),
            Map.entry("דצמבר", 12));
    private static final Map<String, DayOfWeek> EN_DAYS = Map.ofEntries(
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY));
    private static final Map<String, DayOfWeek> HE_DAYS = Map.of(
            "ראשון",
            DayOfWeek.SUNDAY,
            "שני",
            DayOfWeek.MONDAY,
            "שלישי",
            DayOfWeek.TUESDAY,
            "רביעי",
            DayOfWeek.WEDNESDAY,
            "חמישי",
            DayOfWeek.THURSDAY,
            "שישי",
            DayOfWeek.FRIDAY,
            "שבת",
            DayOfWeek.SATURDAY);
    private static final Map<String, DayOfWeek> HE_LETTER_DAYS = Map.of(
            "א",
            DayOfWeek.SUNDAY,
            "ב",
            DayOfWeek.MONDAY,
            "ג",
            DayOfWeek.TUESDAY,
            "ד",
            DayOfWeek.WEDNESDAY,
            "ה",
            DayOfWeek.THURSDAY,
            "ו",
            DayOfWeek.FRIDAY);
    private static final Map<String, Integer> EN_NUMBERS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("couple", 2),
            Map.entry("few", 3));
    private static final Map<String, Integer> HE_NUMBERS = Map.ofEntries(
            Map.entry("אחת", 1),
            Map.entry("אחד", 1),
            Map.entry("שתיים", 2),
            Map.entry("שתים", 2),
            Map.entry("שניים", 2),
            Map.entry("שני", 2),
            Map.entry("שלוש", 3),
            Map.entry("שלושה", 3),
            Map.entry("ארבע", 4),
            Map.entry("ארבעה", 4),
            Map.entry("חמש", 5),
            Map.entry("חמישה", 5),
            Map.entry("שש", 6),
            Map.entry("שישה", 6),
            Map.entry("שבע", 7),
            Map.entry("שבעה", 7),
            Map.entry("שמונה", 8),
            Map.entry("תשע", 9),
            Map.entry("תשעה", 9),
            Map.entry("עשר", 10),
            Map.entry("עשרה", 10),
            Map.entry("אחת עשרה", 11),
            Map.entry("אחת-עשרה", 11),
            Map.entry("אחד עשר", 11),
            Map.entry("שתים עשרה", 12),
            Map.entry("שתיים עשרה", 12),
            Map.entry("שתים-עשרה", 12),
            Map.entry("שנים עשר", 12));

    private static final String EN_MONTH_RX =
            "(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String HE_MONTH_RX =
            "(ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)";
    private static final String EN_DAY_RX =
            "(sunday|monday|tuesday|wednesday|thursday|friday|saturday|mon|tues|tue|wed|thurs|thur|thu|fri)";
    private static final String HE_HOUR_RX =
            "(אחת[ -]עשרה|אחד עשר|שתיים[ -]עשרה|שתים[ -]עשרה|שנים עשר|אחת|שתיים|שתים|שלוש|ארבע|חמש|שש|שבע|שמונה|תשע|עשר)";
    private static final String EN_HOUR_RX =
            "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String AMPM_RX = "\\s*(a\\.?m\\.?|p\\.?m\\.?)" + B1;

    private static final Pattern DAY_AFTER_TOMORROW =
            Pattern.compile(B0 + "(?:the\\s+)?day\\s+after\\s+tomorrow" + B1 + "|" + HP + "מחרתיים" + B1);
    private static final Pattern TODAY =
            Pattern.compile(B0 + "(?:today|tonight|tonite)" + B1 + "|" + HP + "היום" + B1 + "|" + B0 + "[ו]?הערב" + B1);
    private static final Pattern TOMORROW =
            Pattern.compile(B0 + "(?:tomorrow|tmrw|tmr|2morrow|2moro)" + B1 + "|" + HP + "מחר" + B1);
    private static final Pattern IN_N =
            Pattern.compile(B0 + "in\\s+(?:a\\s+)?(\\d{1,2}|a|an|one|two|three|four|five|six"
                    + "|seven|eight|nine|ten|couple(?:\\s+of)?|few)?\\s*(days?|weeks?|months?)" + B1);
    private static final Pattern HE_IN_N = Pattern.compile(HP + "עוד\\s+(?:(\\d{1,2}|[\\p{IsHebrew}]+)\\s+)?"
            + "(ימים|יום|יומיים|שבועות|שבוע|שבועיים|חודשים|חודש|חודשיים)" + B1);
    private static final Pattern NEXT_WEEK = Pattern.compile(B0 + "(?:next|the\\s+following)\\s+week" + B1 + "|" + HP
            + "שבוע\\s+הבא" + B1 + "|" + HP + "שבוע\\s+שאחרי" + B1);
    private static final Pattern EN_WEEKDAY =
            Pattern.compile(B0 + "(?:(next|this|coming|this\\s+coming)\\s+)?" + EN_DAY_RX + "(?!s" + B1 + ")" + B1);
    private static final Pattern HE_WEEKDAY = Pattern.compile(HP + "יום\\s+(ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)" + B1
            + "|" + HP + "יום\\s+([אבגדהו])'" + "|" + B0 + "[ו]?[בל]-?(ראשון|שלישי|רביעי|חמישי|שישי)" + B1
            + "|" + HP + "(שבת)" + B1 + "|" + B0 + "ו?ב(שני)" + B1 + "|" + B0 + "ל(שני)" + B1
            + "(?!\\s+(?:ימים|שבועות|אנשים|ילדים|טיפולים))");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![\\d:/.])(\\d{1,2})([/.])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![\\d:/]|\\.\\d)");
    private static final Pattern EN_DAY_MONTH = Pattern.compile(
            B0 + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH_RX + B1 + "(?:,?\\s*(\\d{4}))?");
    private static final Pattern EN_MONTH_DAY = Pattern.compile(B0 + EN_MONTH_RX
            + "\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?" + "(?![\\d:])" + B1 + "(?:,?\\s*(\\d{4}))?");
    private static final Pattern HE_DAY_MONTH =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:ב|ל|של|ה)?\\s*-?\\s*" + HE_MONTH_RX + B1 + "(?:\\s*(\\d{4}))?");
    private static final Pattern ORDINAL_DAY =
            Pattern.compile(B0 + "the\\s+(\\d{1,2})(?:st|nd|rd|th)" + B1 + "|" + HP + "(\\d{1,2})\\s+לחודש" + B1);

    private static final Pattern CLOCK = Pattern.compile("(?<![\\d/.])(\\d{1,2}):(\\d{2})(?!\\d)(?:" + AMPM_RX + ")?");
    private static final Pattern DOTTED_CLOCK = Pattern.compile("(?:" + B0 + "(?:at|@|by|around)\\s+|" + HP + "שעה\\s+|"
            + B0 + "ו?ב-?)(\\d{1,2})\\.(\\d{2})(?!\\d)(?:" + AMPM_RX + ")?");
    private static final Pattern AMPM = Pattern.compile("(?<![\\d:])(\\d{1,2})" + AMPM_RX);
    private static final Pattern EN_AT_HOUR =
            Pattern.compile(B0 + "(?:at|@|around|by)\\s+(?:about\\s+)?" + EN_HOUR_RX + "(?:\\s*o'?\\s?clock)?" + B1
                    + "(?!\\s*(?:[/.:]\\d|%|days?|weeks?|months?|people|of|minutes|mins|hours))");
    private static final Pattern EN_OCLOCK = Pattern.compile(B0 + EN_HOUR_RX + "\\s*o'?\\s?clock" + B1);
    private static final Pattern EN_HALF =
            Pattern.compile(B0 + "(half|quarter)\\s+(past|after|to|before)\\s+" + EN_HOUR_RX + B1);
    private static final Pattern EN_NOON = Pattern.compile(B0 + "(noon|midday|midnight)" + B1);
    private static final Pattern HE_HOUR = Pattern.compile(B0 + "(?:ו?ב|ו?בשעה\\s+|ו?לשעה\\s+|ו?ל)-?\\s*(?:"
            + HE_HOUR_RX + "|(\\d{1,2}))" + B1
            + "(?!\\s*(?:[/.]\\d|ימים|יום|שבועות|שבוע|חודשים|דקות|אנשים|ילדים|שקל|ש\"ח|₪|%|לחודש))"
            + "(?:\\s+ו(חצי|רבע|עשרים|עשרה|חמישה|ארבעים))?");
    private static final Pattern HE_QUARTER_TO = Pattern.compile(B0 + "ב?רבע\\s+ל" + HE_HOUR_RX + B1);

    private static final Pattern PART_MORNING = Pattern.compile(B0 + "(?<!good\\s)(?:in\\s+the\\s+)?morning" + B1 + "|"
            + B0 + "a\\.?m\\.?" + B1 + "|" + B0 + "[ו]?(?:ב|ל)בוקר" + B1 + "|" + B0 + "[ו]?(?:ב|ל)שעות\\s+הבוקר" + B1);
    private static final Pattern PART_AFTERNOON =
            Pattern.compile(B0 + "(?<!good\\s)(?:in\\s+the\\s+)?afternoon" + B1 + "|" + B0 + "lunch(?:time)?" + B1
                    + "|" + B0 + "[ו]?[בל]?(?:אחרי|אחר)\\s+ה?צהריים" + B1 + "|" + B0 + "[ו]?[בל]?אחה\"צ"
                    + "|" + B0 + "[ו]?[בל]צהריים" + B1 + "|" + B0 + "[ו]?[בל]צהרים" + B1);
    private static final Pattern PART_EVENING =
            Pattern.compile(B0 + "(?<!good\\s)(?:in\\s+the\\s+)?evening" + B1 + "|" + B0 + "(?:at\\s+)?night" + B1
                    + "|" + B0 + "tonight" + B1 + "|" + B0 + "[ו]?[בל](?:ערב|לילה)" + B1 + "|" + B0 + "[ו]?הערב" + B1
                    + "|" + B0 + "[ו]?(?:ב|ל)שעות\\s+הערב" + B1);

    private static final Pattern CHOICE_ORDINAL = Pattern.compile(B0 + "(?:the\\s+)?(first|second|third|fourth|fifth"
            + "|1st|2nd|3rd|4th|5th)(?:\\s+(?:one|option|slot|time))?" + B1 + "|" + B0
            + "(?<!יום\\s)ה(ראשון|ראשונה|שני|שנייה|שניה|שלישי|שלישית|רביעי|רביעית|חמישי|חמישית)" + B1);
    private static final Pattern CHOICE_NUMBER =
            Pattern.compile(B0 + "(?:option|number|no\\.?|#|אפשרות|מספר|מס'?)\\s*(\\d)" + B1);
    private static final Pattern CHOICE_ALONE = Pattern.compile("^\\s*(\\d)\\s*[.)!]?\\s*$");

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1),
            Map.entry("1st", 1),
            Map.entry("second", 2),
            Map.entry("2nd", 2),
            Map.entry("third", 3),
            Map.entry("3rd", 3),
            Map.entry("fourth", 4),
            Map.entry("4th", 4),
            Map.entry("fifth", 5),
            Map.entry("5th", 5),
            Map.entry("ראשון", 1),
            Map.entry("ראשונה", 1),
            Map.entry("שני", 2),
            Map.entry("שנייה", 2),
            Map.entry("שניה", 2),
            Map.entry("שלישי", 3),
            Map.entry("שלישית", 3),
            Map.entry("רביעי", 4),
            Map.entry("רביעית", 4),
            Map.entry("חמישי", 5),
            Map.entry("חמישית", 5));

    private DateTimeExtractor() {}

    /**
     * @param cleaned text from {@link TextNormalizer#clean}
     * @param today the current date in the clinic's zone
     */
    static Found extract(String cleaned, LocalDate today) {
        String fixed = fixEnglishTypos(cleaned);
        Optional<PartOfDay> part = partOfDay(fixed);
        StringBuilder text = new StringBuilder(fixed);
        List<Mention> dates = new ArrayList<>();
        findDates(text, today, dates);
        List<TimeMention> times = new ArrayList<>();
        findTimes(text, part, times);
        Optional<Integer> choice = dates.isEmpty() && times.isEmpty() ? choice(text.toString()) : Optional.empty();
        Optional<LocalDate> date =
                dates.stream().max(Comparator.comparingInt(Mention::start)).map(Mention::date);
        Optional<LocalTime> time =
                times.stream().max(Comparator.comparingInt(TimeMention::start)).map(TimeMention::time);
        return new Found(date, time, part, choice);
    }

    // ---------------------------------------------------------------- dates

    /** Which kinds of characters the message has: patterns that need others are not run at all. */
    private record Scripts(boolean hebrew, boolean latin, boolean digits) {

        static Scripts of(CharSequence text) {
            boolean hebrew = false;
            boolean latin = false;
            boolean digits = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                hebrew |= TextNormalizer.isHebrewLetter(c);
                latin |= c >= 'a' && c <= 'z';
                digits |= c >= '0' && c <= '9';
            }
            return new Scripts(hebrew, latin, digits);
        }
    }

    private static void findDates(StringBuilder text, LocalDate today, List<Mention> out) {
        Scripts has = Scripts.of(text);
        if (!has.hebrew() && !has.latin()) {
            if (has.digits()) {
                scan(text, NUMERIC_DATE, m -> numericDate(m, today), out);
            }
            return;
        }
        if (contains(text, "מחר", "tom", "tm", "2mor")) {
            scan(text, DAY_AFTER_TOMORROW, m -> today.plusDays(2), out);
            scan(text, TOMORROW, m -> today.plusDays(1), out);
        }
        if (contains(text, "today", "toni", "היום", "הערב")) {
            scan(text, TODAY, m -> today, out);
        }
        if (has.latin()) {
            scan(text, IN_N, m -> inN(today, englishCount(m.group(1)), m.group(2)), out);
        }
        if (has.hebrew() && contains(text, "עוד")) {
            scan(text, HE_IN_N, m -> inNHebrew(today, m.group(1), m.group(2)), out);
        }
        weekdays(text, today, has, out);
        if (contains(text, "week", "שבוע")) {
            scan(text, NEXT_WEEK, m -> today.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)), out);
        }
        if (has.digits()) {
            scan(text, NUMERIC_DATE, m -> numericDate(m, today), out);
            if (has.latin()) {
                scan(text, EN_DAY_MONTH, m -> dayMonth(m.group(1), EN_MONTHS.get(m.group(2)), m.group(3), today), out);
                scan(text, EN_MONTH_DAY, m -> dayMonth(m.group(2), EN_MONTHS.get(m.group(1)), m.group(3), today), out);
            }
            if (has.hebrew()) {
                scan(text, HE_DAY_MONTH, m -> dayMonth(m.group(1), HE_MONTHS.get(m.group(2)), m.group(3), today), out);
            }
            scan(text, ORDINAL_DAY, m -> ordinalDay(m.group(1) != null ? m.group(1) : m.group(2), today), out);
        }
    }

    /** A cheap test run before a pattern: most messages name no date, and patterns cost. */
    private static boolean contains(CharSequence text, String... parts) {
        String s = text.toString();
        for (String part : parts) {
            if (s.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static void weekdays(StringBuilder text, LocalDate today, Scripts has, List<Mention> out) {
        Matcher nextWeek = NEXT_WEEK.matcher(text);
        boolean saysNextWeek = contains(text, "week", "שבוע") && nextWeek.find();
        int nextWeekStart = saysNextWeek ? nextWeek.start() : -1;
        int nextWeekEnd = saysNextWeek ? nextWeek.end() : -1;
        List<Mention> found = new ArrayList<>();
        if (has.latin() && contains(text, "day", "mon", "tue", "wed", "thu", "fri")) {
            scan(text, EN_WEEKDAY, m -> weekday(today, EN_DAYS.get(m.group(2)), m.group(1), saysNextWeek), found);
        }
        if (has.hebrew() && contains(text, "יום", "שבת", "ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי")) {
            scan(text, HE_WEEKDAY, m -> weekday(today, hebrewDay(m), null, saysNextWeek), found);
        }
        if (!found.isEmpty() && saysNextWeek) {
            // "Tuesday next week": the weekday already carries the week, the phrase is no date of its own
            blank(text, nextWeekStart, nextWeekEnd);
        }
        out.addAll(found);
    }

    private static DayOfWeek hebrewDay(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            String s = m.group(g);
            if (s != null) {
                return g == 2 ? HE_LETTER_DAYS.get(s) : HE_DAYS.get(s);
            }
        }
        throw new IllegalStateException("weekday pattern without a day");
    }

    static LocalDate weekday(LocalDate today, DayOfWeek day, String qualifier, boolean nextWeek) {
        if (nextWeek) {
            LocalDate nextSunday = today.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
            return nextSunday.with(TemporalAdjusters.nextOrSame(day));
        }
        if (qualifier != null && qualifier.startsWith("this")) {
            return today.with(TemporalAdjusters.nextOrSame(day));
        }
        return today.with(TemporalAdjusters.next(day));
    }

    private static LocalDate inN(LocalDate today, int n, String unit) {
        if (unit.startsWith("week")) {
            return today.plusWeeks(n);
        }
        if (unit.startsWith("month")) {
            return today.plusMonths(n);
        }
        return today.plusDays(n);
    }

    private static int englishCount(String word) {
        if (word == null) {
            return 1;
        }
        if (Character.isDigit(word.charAt(0))) {
            return Integer.parseInt(word);
        }
        return EN_NUMBERS.getOrDefault(word.replaceAll("\\s+of$", "").trim(), 1);
    }

    private static LocalDate inNHebrew(LocalDate today, String count, String unit) {
        int n = 1;
        if (count != null) {
            if (Character.isDigit(count.charAt(0))) {
                n = Integer.parseInt(count);
            } else {
                Integer word = HE_NUMBERS.get(count);
                if (word == null) {
                    return null;
                }
                n = word;
            }
        }
        return switch (unit) {
            case "יומיים" -> today.plusDays(2);
            case "שבועיים" -> today.plusWeeks(2);
            case "חודשיים" -> today.plusMonths(2);
            case "שבוע", "שבועות" -> today.plusWeeks(n);
            case "חודש", "חודשים" -> today.plusMonths(n);
            default -> today.plusDays(n);
        };
    }

    private static LocalDate numericDate(Matcher m, LocalDate today) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        if (".".equals(m.group(2)) && (a == 0 || b == 0 || b > 12)) {
            return null; // 9.30 is a time, not the 30th of September
        }
        int day = a;
        int month = b;
        if (b > 12 && a <= 12) {
            day = b; // only month/day reads as a date (12/15)
            month = a;
        }
        return dayMonth(day, month, m.group(4), today);
    }

    private static LocalDate dayMonth(String day, Integer month, String year, LocalDate today) {
        if (month == null) {
            return null;
        }
        return dayMonth(Integer.parseInt(day), month, year, today);
    }

    private static LocalDate dayMonth(int day, int month, String year, LocalDate today) {
        try {
            if (year != null) {
                int y = Integer.parseInt(year);
                return LocalDate.of(y < 100 ? 2000 + y : y, month, day);
            }
            for (int y = today.getYear(); y <= today.getYear() + 4; y++) {
                LocalDate date = validDate(y, month, day);
                if (date != null && !date.isBefore(today)) {
                    return date; // past dates this year mean next year; 29/2 waits for a leap year
                }
            }
            return null;
        } catch (DateTimeException e) {
            return null; // 31/2, 40/13 and the like: not a date
        }
    }

    private static LocalDate validDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate ordinalDay(String day, LocalDate today) {
        int d = Integer.parseInt(day);
        for (int k = 0; k < 3; k++) {
            LocalDate month = today.plusMonths(k).withDayOfMonth(1);
            if (d >= 1 && d <= month.lengthOfMonth()) {
                LocalDate date = month.withDayOfMonth(d);
                if (!date.isBefore(today)) {
                    return date;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- times

    private static void findTimes(StringBuilder text, Optional<PartOfDay> part, List<TimeMention> out) {
        Scripts has = Scripts.of(text);
        if (has.digits()) {
            scanTime(text, CLOCK, m -> clock(m.group(1), m.group(2), m.group(3), part), out);
            scanTime(text, DOTTED_CLOCK, m -> clock(m.group(1), m.group(2), m.group(3), part), out);
            if (has.latin()) {
                scanTime(text, AMPM, m -> clock(m.group(1), "00", m.group(2), part), out);
            }
        }
        if (has.latin()) {
            if (contains(text, "half") || contains(text, "quarter")) {
                scanTime(text, EN_HALF, m -> halfPast(m, part), out);
            }
            if (contains(text, "noon", "midday", "midnight")) {
                scanTime(text, EN_NOON, m -> "midnight".equals(m.group(1)) ? LocalTime.MIDNIGHT : LocalTime.NOON, out);
            }
            if (contains(text, "clock")) {
                scanTime(text, EN_OCLOCK, m -> hour(englishHour(m.group(1)), 0, null, part), out);
            }
            scanTime(text, EN_AT_HOUR, m -> hour(englishHour(m.group(1)), 0, null, part), out);
        }
        if (has.hebrew()) {
            if (contains(text, "רבע")) {
                scanTime(
                        text,
                        HE_QUARTER_TO,
                        m -> quarterTo(HE_NUMBERS.get(m.group(1).replace('-', ' ')), part),
                        out);
            }
            scanTime(text, HE_HOUR, m -> hebrewHour(m, part), out);
        }
    }

    private static LocalTime clock(String h, String min, String ampm, Optional<PartOfDay> part) {
        return hour(Integer.parseInt(h), Integer.parseInt(min), ampm, part);
    }

    private static LocalTime halfPast(Matcher m, Optional<PartOfDay> part) {
        int h = englishHour(m.group(3));
        boolean half = "half".equals(m.group(1));
        boolean past = "past".equals(m.group(2)) || "after".equals(m.group(2));
        if (past) {
            return hour(h, half ? 30 : 15, null, part);
        }
        return half ? null : quarterTo(h, part);
    }

    private static LocalTime quarterTo(Integer h, Optional<PartOfDay> part) {
        if (h == null) {
            return null;
        }
        LocalTime full = hour(h, 0, null, part);
        return full == null ? null : full.minusMinutes(15);
    }

    private static LocalTime hebrewHour(Matcher m, Optional<PartOfDay> part) {
        Integer h = m.group(1) != null ? HE_NUMBERS.get(m.group(1).replace('-', ' ')) : Integer.valueOf(m.group(2));
        if (h == null) {
            return null;
        }
        int minutes = 0;
        if (m.group(3) != null) {
            minutes = switch (m.group(3)) {
                case "חצי" -> 30;
                case "רבע" -> 15;
                case "עשרים" -> 20;
                case "עשרה" -> 10;
                case "חמישה" -> 5;
                default -> 40;
            };
        }
        return hour(h, minutes, null, part);
    }

    private static int englishHour(String word) {
        return Character.isDigit(word.charAt(0)) ? Integer.parseInt(word) : EN_NUMBERS.get(word);
    }

    /** Applies am/pm, the part of day, and the clinic rule for bare hours 1-7 (afternoon). */
    static LocalTime hour(int h, int minute, String ampm, Optional<PartOfDay> part) {
        if (h > 23 || minute > 59) {
            return null;
        }
        int hour = h;
        if (ampm != null && h <= 12) {
            boolean pm = ampm.startsWith("p");
            hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        } else if (h >= 1 && h <= 11 && part.isPresent()) {
            hour = part.get().isPm() ? h + 12 : h;
        } else if (h >= 1 && h <= 7) {
            hour = h + 12;
        }
        return LocalTime.of(hour, minute);
    }

    // ---------------------------------------------------------------- part of day and choice

    private static Optional<PartOfDay> partOfDay(String text) {
        if (contains(text, "evening", "night", "toni", "ערב", "לילה")
                && PART_EVENING.matcher(text).find()) {
            return Optional.of(PartOfDay.EVENING);
        }
        if (contains(text, "afternoon", "lunch", "צהר", "אחה")
                && PART_AFTERNOON.matcher(text).find()) {
            return Optional.of(PartOfDay.AFTERNOON);
        }
        if (contains(text, "morning", "m", "בוקר") && PART_MORNING.matcher(text).find()) {
            return Optional.of(PartOfDay.MORNING);
        }
        return Optional.empty();
    }

    private static Optional<Integer> choice(String text) {
        Matcher alone = CHOICE_ALONE.matcher(text);
        if (alone.find()) {
            return positive(Integer.parseInt(alone.group(1)));
        }
        Matcher number = CHOICE_NUMBER.matcher(text);
        if (number.find()) {
            return positive(Integer.parseInt(number.group(1)));
        }
        Matcher ordinal = CHOICE_ORDINAL.matcher(text);
        if (text.length() <= 60 && ordinal.find()) {
            return Optional.of(ORDINALS.get(ordinal.group(1) != null ? ordinal.group(1) : ordinal.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<Integer> positive(int n) {
        return n > 0 ? Optional.of(n) : Optional.empty();
    }

    // ---------------------------------------------------------------- helpers

    /** Find all matches, resolve each, and blank the span so later patterns do not read it again. */
    private static void scan(StringBuilder text, Pattern p, Function<Matcher, LocalDate> resolve, List<Mention> out) {
        Matcher m = p.matcher(text.toString());
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            LocalDate date = resolve.apply(m);
            if (date != null) {
                out.add(new Mention(m.start(), m.end(), date));
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        spans.forEach(s -> blank(text, s[0], s[1]));
    }

    private static void scanTime(
            StringBuilder text, Pattern p, Function<Matcher, LocalTime> resolve, List<TimeMention> out) {
        Matcher m = p.matcher(text.toString());
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            LocalTime time = resolve.apply(m);
            if (time != null) {
                out.add(new TimeMention(m.start(), m.end(), time));
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        spans.forEach(s -> blank(text, s[0], s[1]));
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static final List<String> EN_FIXED_WORDS = List.of(
            "tomorrow",
            "today",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "august",
            "september",
            "october",
            "november",
            "december",
            "morning",
            "afternoon",
            "evening");
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]{5,}");

    /** "tomorow", "wendsday", "decmber": one typo away from a date word means that word. */
    private static String fixEnglishTypos(String text) {
        Matcher m = LATIN_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String word = m.group();
            String fixed = word;
            for (String known : EN_FIXED_WORDS) {
                if (!word.equals(known + "s") && (Fuzzy.withinOne(word, known) || swappedPair(word, known))) {
                    fixed = known;
                    break;
                }
            }
            out.append(text, last, m.start()).append(fixed);
            last = m.end();
        }
        return out.append(text.substring(last)).toString().toLowerCase(Locale.ROOT);
    }

    /** "tommorow": a doubled and a missing letter, common enough in chat to forgive. */
    private static boolean swappedPair(String word, String known) {
        return known.equals("tomorrow") && word.matches("tom+or+ow");
    }
}
