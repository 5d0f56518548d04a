package com.dentalai.hub.domain.phi;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a patient's text what a language model never needs: dates of birth, ID and other
 * long numbers, phone numbers, e-mail addresses and names. What a booking needs stays: day and month
 * ("15/12", "next Monday"), clock times, short numbers ("the 2nd", "3 pm").
 *
 * <ul>
 *   <li>everything {@link PhiMasker} masks (phones, e-mails, teudat zehut, 9+ digit runs) and the
 *       names registered through {@link #withNames};
 *   <li>any other run of {@value #MIN_ID_DIGITS} or more digits ({@value #ID}): an 8-digit ID without
 *       its leading zero, a file or card fragment;
 *   <li>a full date (day, month and a year) in a year before the current one, and any date right after
 *       a birth or ID keyword ({@value #DOB}): appointments are never in the past, birthdays are;
 *   <li>what follows "my name is", "I'm called", "שמי", "קוראים לי", "השם שלי" (up to three words,
 *       {@value #NAME}).
 * </ul>
 *
 * <p>It errs on the side of removing: a false positive costs the model one detail the deterministic
 * brain still reads; a false negative sends PHI to a third party. Immutable and thread-safe.
 */
public final class PromptScrubber {

    public static final String DOB = "[DOB]";
    public static final String ID = "[ID]";
    public static final String NAME = "[NAME]";

    static final int MIN_ID_DIGITS = 5;

    private static final String DATE = "\\d{1,2}[./-]\\d{1,2}[./-](\\d{2}|\\d{4})|\\d{4}-\\d{1,2}-\\d{1,2}";
    private static final Pattern BIRTH_KEYWORD_DATE = Pattern.compile(
            "(?iu)(born(?:\\s+on)?|d\\.?o\\.?b\\.?|date of birth|birthday|birth date|נולדתי(?:\\s+ב)?|נולדה(?:\\s+ב)?"
                    + "|נולד(?:\\s+ב)?|תאריך לידה|יום הולדת|ת\\.?ז\\.?|תעודת זהות)\\s*[:\\-]?\\s*"
                    + "(\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?|\\d{4}-\\d{1,2}-\\d{1,2})");
    private static final Pattern FULL_DATE = Pattern.compile("(?<![\\d./-])(" + DATE + ")(?![\\d./-]*\\d)");
    private static final Pattern LONG_NUMBER =
            Pattern.compile("(?<![\\p{L}\\d])\\d{" + MIN_ID_DIGITS + ",}(?![\\p{L}\\d])");
    private static final Pattern NAME_INTRO = Pattern.compile(
            "(?iu)(my name is|my name's|i am called|i'm called|name\\s*:|שמי|קוראים לי|השם שלי(?: הוא)?)"
                    + "\\s+(\\p{L}[\\p{L}'\\-]*(?:\\s+\\p{L}[\\p{L}'\\-]*){0,2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-\\d{1,2}-\\d{1,2}");
    private static final Pattern DMY = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-](\\d{2,4})");

    private final PhiMasker masker;
    private final int currentYear;

    private PromptScrubber(PhiMasker masker, int currentYear) {
        this.masker = masker;
        this.currentYear = currentYear;
    }

    /** A scrubber for a conversation happening in {@code currentYear} (the clinic's calendar year). */
    public static PromptScrubber forYear(int currentYear) {
        return new PromptScrubber(PhiMasker.standard(), currentYear);
    }

    /** Also removes each of {@code names} (the patient's registered name, say) wherever it appears. */
    public PromptScrubber withNames(Collection<String> names) {
        return new PromptScrubber(masker.withSensitive(names), currentYear);
    }

    /** {@code text} without PHI; {@code null} stays {@code null}. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replaceGroup(BIRTH_KEYWORD_DATE, text, 2, DOB);
        out = pastFullDates(out);
        out = replaceGroup(NAME_INTRO, out, 2, NAME);
        out = masker.mask(out).replace(PhiMasker.REDACTED, NAME);
        return LONG_NUMBER.matcher(out).replaceAll(Matcher.quoteReplacement(ID));
    }

    /** Scrubs each text; a convenience for the pieces of one prompt. */
    public List<String> scrubAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        return texts.stream().map(this::scrub).toList();
    }

    private String pastFullDates(String text) {
        Matcher m = FULL_DATE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(isPast(m.group(1)) ? DOB : m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A date whose year is before this one; two-digit years count as past unless they are this year's. */
    boolean isPast(String date) {
        Matcher iso = ISO.matcher(date);
        if (iso.matches()) {
            return Integer.parseInt(iso.group(1)) < currentYear;
        }
        Matcher dmy = DMY.matcher(date);
        if (!dmy.matches()) {
            return false;
        }
        String year = dmy.group(1);
        if (year.length() == 2) {
            return Integer.parseInt(year) != currentYear % 100 && Integer.parseInt(year) != (currentYear + 1) % 100;
        }
        return year.length() == 4 && Integer.parseInt(year) < currentYear;
    }

    private static String replaceGroup(Pattern pattern, String text, int group, String placeholder) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            out.append(text, copied, m.start(group)).append(placeholder);
            copied = m.end(group);
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    @Override
    public String toString() {
        return "PromptScrubber[" + currentYear + "]";
    }
}
