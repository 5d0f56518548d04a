package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import com.dentalai.hub.domain.knowledge.Michal;
import com.dentalai.hub.domain.schedule.TimeRange;
import com.dentalai.hub.domain.tenant.Tenant;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dana's words in Hebrew and English. Hebrew is written gender-neutral towards the patient ("אפשר
 * לבחור", "לך"), short, and without Latin punctuation that would flip in right-to-left text: phone
 * numbers go in their local form and ranges are written with words.
 */
final class Replies {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter HE_DATE = DateTimeFormatter.ofPattern("d.M", Locale.ROOT);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter EN_SHORT = DateTimeFormatter.ofPattern("EEE d/M HH:mm", Locale.ENGLISH);
    private static final List<DayOfWeek> WEEK = List.of(
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY);
    private static final Map<DayOfWeek, String> HE_DAYS = Map.of(
            DayOfWeek.SUNDAY,
            "ראשון",
            DayOfWeek.MONDAY,
            "שני",
            DayOfWeek.TUESDAY,
            "שלישי",
            DayOfWeek.WEDNESDAY,
            "רביעי",
            DayOfWeek.THURSDAY,
            "חמישי",
            DayOfWeek.FRIDAY,
            "שישי",
            DayOfWeek.SATURDAY,
            "שבת");
    private static final Map<String, String[]> TREATMENTS = Map.ofEntries(
            Map.entry("cleaning", new String[] {"ניקוי אבנית", "Cleaning"}),
            Map.entry("checkup", new String[] {"בדיקה", "Check-up"}),
            Map.entry("whitening", new String[] {"הלבנה", "Whitening"}),
            Map.entry("filling", new String[] {"סתימה", "Filling"}),
            Map.entry("root_canal", new String[] {"טיפול שורש", "Root canal"}),
            Map.entry("implant", new String[] {"שתל", "Implant"}),
            Map.entry("crown", new String[] {"כתר", "Crown"}),
            Map.entry("extraction", new String[] {"עקירה", "Extraction"}),
            Map.entry("xray", new String[] {"צילום", "X-ray"}),
            Map.entry("orthodontics", new String[] {"יישור שיניים", "Orthodontics"}));

    private Replies() {}

    static boolean en(String lang) {
        return "en".equals(lang);
    }

    static String pick(String lang, String he, String en) {
        return en(lang) ? en : he;
    }

    static OutboundMessage text(String body) {
        return new OutboundMessage.Text(body);
    }

    // ------------------------------------------------------------------ dates and people

    /** "יום ראשון, 23.11 בשעה 09:00" / "Sunday 23 November at 09:00". */
    static String when(Instant start, ZoneId zone, String lang) {
        ZonedDateTime t = start.atZone(zone);
        if (en(lang)) {
            return t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + EN_DATE.format(t) + " at "
                    + TIME.format(t);
        }
        return "יום " + HE_DAYS.get(t.getDayOfWeek()) + ", " + HE_DATE.format(t) + " בשעה " + TIME.format(t);
    }

    /** A button title of at most 20 characters: "ראשון 23.11 09:00" / "Sun 23/11 09:00". */
    static String shortWhen(Instant start, ZoneId zone, String lang) {
        ZonedDateTime t = start.atZone(zone);
        if (en(lang)) {
            return EN_SHORT.format(t);
        }
        return HE_DAYS.get(t.getDayOfWeek()) + " " + HE_DATE.format(t) + " " + TIME.format(t);
    }

    static String withWhom(String practitionerName, String lang) {
        return practitionerName == null ? "" : pick(lang, " אצל ", " with ") + practitionerName;
    }

    static String phone(Tenant tenant, String lang) {
        if (tenant.phone() == null) {
            return "";
        }
        return en(lang) ? tenant.phone() : Michal.localPhone(tenant.phone());
    }

    // ------------------------------------------------------------------ menu

    static List<Option> menuOptions(String lang) {
        return List.of(
                new Option("menu:book", pick(lang, "קביעת תור", "Book a visit"), null),
                new Option("menu:list", pick(lang, "התורים שלי", "My appointments"), null),
                new Option("menu:reschedule", pick(lang, "שינוי מועד", "Reschedule"), null),
                new Option("menu:cancel", pick(lang, "ביטול תור", "Cancel a visit"), null),
                new Option("menu:hours", pick(lang, "שעות וכתובת", "Hours and address"), null),
                new Option("menu:human", pick(lang, "שיחה עם נציג", "Talk to a person"), null));
    }

    static OutboundMessage menu(String text, String lang) {
        return OutboundMessage.choices(
                text, pick(lang, "אפשרויות", "Options"), pick(lang, "עוד", "More"), menuOptions(lang), 0);
    }

    static OutboundMessage greeting(Tenant tenant, String lang) {
        return menu(
                pick(
                        lang,
                        "שלום! אני דנה, העוזרת הדיגיטלית של " + tenant.name() + ". במה אפשר לעזור?",
                        "Hi! I'm Dana, the digital assistant of " + tenant.name() + ". How can I help?"),
                lang);
    }

    static OutboundMessage notUnderstood(String lang) {
        return menu(
                pick(
                        lang,
                        "סליחה, לא הבנתי. אפשר לבחור מהרשימה או לכתוב במילים אחרות.",
                        "Sorry, I didn't get that. You can pick from the list or say it in other words."),
                lang);
    }

    static OutboundMessage unsupported(String lang) {
        return menu(
                pick(
                        lang,
                        "אני יכולה לקרוא רק הודעות טקסט. במה אפשר לעזור?",
                        "I can only read text messages here. How can I help?"),
                lang);
    }

    static OutboundMessage startOver(String lang) {
        return menu(pick(lang, "בואו נתחיל מחדש. במה אפשר לעזור?", "Let's start over. How can I help?"), lang);
    }

    static String expired(String lang) {
        return pick(lang, "האפשרות הזאת כבר לא בתוקף.", "That option has expired.");
    }

    static String notCaught(String lang) {
        return pick(lang, "לא הצלחתי להבין את הבחירה.", "I didn't catch your choice.");
    }

    // ------------------------------------------------------------------ clinic information

    static String hours(Tenant tenant, String lang) {
        Map<DayOfWeek, List<TimeRange>> week = tenant.schedule().weeklyHours();
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < WEEK.size()) {
            List<TimeRange> ranges = week.getOrDefault(WEEK.get(i), List.of());
            int j = i;
            while (j + 1 < WEEK.size()
                    && week.getOrDefault(WEEK.get(j + 1), List.of()).equals(ranges)) {
                j++;
            }
            lines.add(days(WEEK.get(i), WEEK.get(j), j - i, lang) + ": " + ranges(ranges, lang));
            i = j + 1;
        }
        return pick(lang, "שעות הפעילות של המרפאה:\n", "Our opening hours:\n") + String.join("\n", lines);
    }

    private static String days(DayOfWeek first, DayOfWeek last, int span, String lang) {
        if (en(lang)) {
            String a = first.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String b = last.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return span == 0 ? a : span == 1 ? a + " and " + b : a + " to " + b;
        }
        String a = HE_DAYS.get(first);
        String b = HE_DAYS.get(last);
        return span == 0 ? a : span == 1 ? a + " ו" + b : a + " עד " + b;
    }

    private static String ranges(List<TimeRange> ranges, String lang) {
        if (ranges.isEmpty()) {
            return pick(lang, "סגור", "closed");
        }
        List<String> parts = new ArrayList<>();
        for (TimeRange r : ranges) {
            parts.add(
                    en(lang)
                            ? TIME.format(r.start()) + " to " + TIME.format(r.end())
                            : TIME.format(r.start()) + " עד " + TIME.format(r.end()));
        }
        return String.join(pick(lang, " וגם ", " and "), parts);
    }

    static String address(Tenant tenant, String lang) {
        String address = tenant.address().in(lang);
        if (address.isBlank()) {
            return pick(lang, "לפרטי הגעה אפשר להתקשר למרפאה", "For directions please call the clinic")
                    + (tenant.phone() == null ? "." : pick(lang, " בטלפון ", " at ") + phone(tenant, lang) + ".");
        }
        return pick(lang, "הכתובת שלנו: ", "Our address: ") + address;
    }

    static String prices(Tenant tenant, String treatment, String lang) {
        Map<String, String> prices = tenant.faq().getOrDefault("prices", Map.of());
        if (prices.isEmpty()) {
            return pick(lang, "למחירים אפשר להתקשר למרפאה", "For prices please call the clinic")
                    + (tenant.phone() == null ? "." : pick(lang, " בטלפון ", " at ") + phone(tenant, lang) + ".");
        }
        String note = pick(lang, "המחיר הסופי נקבע אחרי בדיקה.", "The final price is set after an examination.");
        if (treatment != null && prices.containsKey(treatment)) {
            return treatmentName(treatment, lang) + ": " + prices.get(treatment) + "\n" + note;
        }
        List<String> lines = new ArrayList<>();
        prices.forEach((key, price) -> lines.add(treatmentName(key, lang) + ": " + price));
        return pick(lang, "המחירים שלנו:\n", "Our prices:\n") + String.join("\n", lines) + "\n" + note;
    }

    static String treatmentName(String key, String lang) {
        String[] names = TREATMENTS.get(key);
        return names == null ? key : names[en(lang) ? 1 : 0];
    }

    static String suspended(Tenant tenant, String lang) {
        return pick(
                        lang,
                        "השירות המקוון של המרפאה לא זמין כרגע.",
                        "The clinic's online service is not available right now.")
                + (tenant.phone() == null
                        ? ""
                        : pick(lang, " אפשר להתקשר אלינו בטלפון ", " Please call us at ") + phone(tenant, lang) + ".");
    }

    static String systemDown(String lang) {
        return pick(
                lang,
                "המערכת שלנו לא זמינה כרגע. שמרתי את הבקשה שלך, ונחזור אליך בהקדם.",
                "Our system is not available right now. I've saved your request and we'll get back to you soon.");
    }
}
