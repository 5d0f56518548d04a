package com.dentalai.hub.domain.reminders;

import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What reminders and surveys say, in Hebrew (default) and English. The WhatsApp templates carry the
 * same wording (approved at Meta); these texts are for Telegram and for in-window messages.
 */
public final class ReminderTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HE_DATE = DateTimeFormatter.ofPattern("d.M");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final Map<DayOfWeek, String> HE_DAYS = new EnumMap<>(DayOfWeek.class);

    static {
        String[] names = {"שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"};
        for (DayOfWeek d : DayOfWeek.values()) {
            HE_DAYS.put(d, names[d.getValue() - 1]);
        }
    }

    private ReminderTexts() {}

    /** "יום שלישי, 24.3 בשעה 09:00" / "Tuesday 24 March at 09:00", in the tenant's zone. */
    public static String when(Instant start, ZoneId zone, String lang) {
        ZonedDateTime t = start.atZone(zone);
        if (en(lang)) {
            return t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + EN_DATE.format(t) + " at "
                    + TIME.format(t);
        }
        return "יום " + HE_DAYS.get(t.getDayOfWeek()) + ", " + HE_DATE.format(t) + " בשעה " + TIME.format(t);
    }

    /** The reminder with its three buttons (Telegram, or WhatsApp inside the window). */
    public static OutboundMessage reminder(long id, String clinic, Instant start, ZoneId zone, String lang) {
        String text = en(lang)
                ? "Reminder: you have an appointment at " + clinic + " on " + when(start, zone, lang)
                        + ". Will you come?"
                : "תזכורת: נקבע לך תור ב" + clinic + " ב" + when(start, zone, lang) + ". האם תגיע/י?";
        return new OutboundMessage.Buttons(
                text,
                List.of(
                        Option.of(
                                ReminderChoice.reminder(id, ReminderChoice.Answer.CONFIRM),
                                en(lang) ? "Confirm" : "מאשר/ת"),
                        Option.of(
                                ReminderChoice.reminder(id, ReminderChoice.Answer.CANCEL),
                                en(lang) ? "Cancel" : "ביטול"),
                        Option.of(
                                ReminderChoice.reminder(id, ReminderChoice.Answer.RESCHEDULE),
                                en(lang) ? "Reschedule" : "שינוי מועד")));
    }

    /** The SMS fallback: no buttons, the clinic's phone to call instead. */
    public static String reminderSms(String clinic, String clinicPhone, Instant start, ZoneId zone, String lang) {
        String call = clinicPhone == null ? "" : (en(lang) ? " To change it call " : " לשינוי חייגו ") + clinicPhone;
        return en(lang)
                ? "Reminder: your appointment at " + clinic + " is on " + when(start, zone, lang) + "." + call
                : "תזכורת: התור שלך ב" + clinic + " ב" + when(start, zone, lang) + "." + call;
    }

    /** The survey's question with its 1–5 choices (a list: more than three options). */
    public static OutboundMessage survey(long id, String clinic, String lang) {
        List<Option> options = new ArrayList<>();
        String[] en = {"1 - Poor", "2 - Fair", "3 - Good", "4 - Very good", "5 - Excellent"};
        String[] he = {"1 - גרוע", "2 - סביר", "3 - טוב", "4 - טוב מאוד", "5 - מצוין"};
        for (int i = 1; i <= 5; i++) {
            options.add(Option.of(ReminderChoice.rating(id, i), en(lang) ? en[i - 1] : he[i - 1]));
        }
        String text = en(lang)
                ? "Thank you for visiting " + clinic + "! How was your visit? (1 = poor, 5 = excellent)"
                : "תודה שביקרת ב" + clinic + "! איך היה הביקור? (1 = גרוע, 5 = מצוין)";
        return new OutboundMessage.ListMenu(text, en(lang) ? "Rate" : "דירוג", options);
    }

    public static OutboundMessage askComment(long id, String lang) {
        return new OutboundMessage.Buttons(
                en(lang)
                        ? "Thank you! Anything you'd like to add? Just type it here."
                        : "תודה רבה! רוצה להוסיף הערה? אפשר פשוט לכתוב כאן.",
                List.of(Option.of(ReminderChoice.noComment(id), en(lang) ? "No, thanks" : "לא, תודה")));
    }

    public static String commentThanks(String lang) {
        return en(lang) ? "Thank you, we've passed it on to the clinic." : "תודה, העברנו למרפאה.";
    }

    public static String surveyDone(String lang) {
        return en(lang) ? "Thank you for your feedback!" : "תודה על המשוב!";
    }

    public static String confirmed(Instant start, ZoneId zone, String lang) {
        return en(lang)
                ? "Thank you, see you on " + when(start, zone, lang) + "."
                : "תודה, נתראה ב" + when(start, zone, lang) + ".";
    }

    public static String cancelled(Instant start, ZoneId zone, String lang) {
        return en(lang)
                ? "Your appointment on " + when(start, zone, lang) + " is cancelled. I'm here if you'd like a new time."
                : "התור ב" + when(start, zone, lang) + " בוטל. אם תרצו לקבוע מועד חדש, אני כאן.";
    }

    public static String askNewDay(String lang) {
        return en(lang)
                ? "Sure, let's find a new time. Which day or time suits you?"
                : "בשמחה, נמצא מועד חדש. איזה יום או שעה מתאימים לך?";
    }

    /** A tap on the reminder of a time that has since changed. */
    public static String changed(String lang) {
        return en(lang)
                ? "This appointment time has changed since that reminder. You'll get a reminder for the new time;"
                        + " write to me if you need anything."
                : "מועד התור השתנה מאז התזכורת הזו. תקבל/י תזכורת למועד החדש; אפשר לכתוב לי בכל שאלה.";
    }

    /** A tap on the reminder of an appointment that is cancelled or over. */
    public static String noLongerOpen(String lang) {
        return en(lang)
                ? "This appointment is no longer scheduled. Write to me if you'd like to book a new one."
                : "התור הזה כבר אינו קבוע. אפשר לכתוב לי כדי לקבוע תור חדש.";
    }

    /** The reply to a tap the patient already gave (the same answer twice). */
    public static String alreadyAnswered(String lang) {
        return en(lang) ? "Got it, thank you — we already have your answer." : "קיבלנו, תודה — התשובה שלך כבר אצלנו.";
    }

    /** The note for staff in the appointment's chatter. */
    public static String staffNote(ReminderChoice.Answer answer, String channel) {
        return switch (answer) {
            case CONFIRM -> "The patient confirmed the appointment (reminder on " + channel + ").";
            case CANCEL -> "The patient cancelled the appointment from the reminder on " + channel + ".";
            case RESCHEDULE -> "The patient asked to reschedule from the reminder on " + channel
                    + "; Dana is offering new times.";
            case RATING, NO_COMMENT -> "Visit survey answered on " + channel + ".";
        };
    }

    private static boolean en(String lang) {
        return "en".equals(lang);
    }
}
