package com.dentalai.hub.domain.phi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes PHI from free text before it reaches a log: e-mail addresses, phone numbers (Israeli and
 * international, with or without separators), Israeli ID numbers (teudat zehut, recognised by their
 * check digit) and any value registered as sensitive (a patient's name, say). Immutable and
 * thread-safe.
 *
 * <p>It errs on the side of masking: any run of 9 or more digits, optionally broken by spaces,
 * dots, dashes or parentheses, is masked ({@value #PHONE} up to 15 digits, {@value #NUMBER} beyond,
 * which also catches card numbers), so long numeric ids and IP addresses are masked too. Dates
 * ({@code 2026-09-12}), clock times and digit runs glued to letters (UUIDs, route ids) are left
 * alone.
 *
 * <p>Speed: e-mails and numbers are found by a single linear scan each (a regular expression with
 * look-arounds was ten times slower on long lines); the registered values are one precompiled
 * alternation.
 */
public final class PhiMasker {

    public static final String EMAIL = "[EMAIL]";
    public static final String PHONE = "[PHONE]";
    public static final String NUMBER = "[NUMBER]";
    public static final String ISRAELI_ID = "[IL-ID]";
    public static final String REDACTED = "[REDACTED]";

    static final int MIN_SENSITIVE_LENGTH = 2;
    static final int MIN_DIGITS = 9;
    static final int MAX_PHONE_DIGITS = 15;

    private static final Pattern EMAIL_DOMAIN = Pattern.compile("[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    // a registered value counts as a word: not inside a longer word, but a Hebrew one-letter prefix
    // (ו ב ל מ ה כ ש: "and", "in", "to", …) may be glued to it, as in "לדני"
    private static final String WORD_START = "(?:(?<![\\p{L}\\p{N}])|(?<=(?:^|[^\\p{L}\\p{N}])[ובלמהכש]))";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final PhiMasker STANDARD = new PhiMasker(null, List.of());

    private final Pattern sensitive;
    private final List<String> sensitiveValues;

    private PhiMasker(Pattern sensitive, List<String> sensitiveValues) {
        this.sensitive = sensitive;
        this.sensitiveValues = sensitiveValues;
    }

    /** A masker for phones, e-mails and Israeli ids only. */
    public static PhiMasker standard() {
        return STANDARD;
    }

    /**
     * A masker that also masks each of {@code values} (case-insensitively, longest first, as whole
     * words); values shorter than two characters are ignored so that single letters survive.
     */
    public PhiMasker withSensitive(Collection<String> values) {
        List<String> usable = new ArrayList<>(sensitiveValues);
        for (String value : values) {
            if (value != null && value.strip().length() >= MIN_SENSITIVE_LENGTH) {
                usable.add(value.strip());
            }
        }
        if (usable.size() == sensitiveValues.size()) {
            return this;
        }
        usable.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> quoted = usable.stream().map(Pattern::quote).toList();
        String alternation = WORD_START + "(?:" + String.join("|", quoted) + ")" + WORD_END;
        return new PhiMasker(
                Pattern.compile(alternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), List.copyOf(usable));
    }

    /** The text with every PHI match replaced by a placeholder; {@code null} stays {@code null}. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text.indexOf('@') >= 0 ? maskEmails(text) : text;
        if (sensitive != null && containsAnySensitive(masked)) {
            masked = sensitive.matcher(masked).replaceAll(Matcher.quoteReplacement(REDACTED));
        }
        return maskNumbers(masked);
    }

    /** Whether nine digits form a valid teudat zehut (the last one is its check digit). */
    public static boolean isIsraeliId(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            sum += product > 9 ? product - 9 : product;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        // never print the registered values: they are PHI
        return sensitive == null ? "PhiMasker[standard]" : "PhiMasker[with sensitive values]";
    }

    private static String maskEmails(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int floor = 0;
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            // a local part never spans another '@', so the walk back stops there: linear overall
            while (start > floor && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < text.length() && isDomainChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (start < at
                    && hasDot(text, at + 1, end)
                    && EMAIL_DOMAIN.matcher(text.substring(at + 1, end)).matches()) {
                out.append(text, copied, start).append(EMAIL);
                copied = end;
            }
            floor = Math.max(at + 1, copied);
            at = text.indexOf('@', floor);
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** A cheap case-insensitive pre-check, so the regex runs only on the rare lines that need it. */
    private boolean containsAnySensitive(String text) {
        for (String value : sensitiveValues) {
            for (int i = 0; i + value.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, value, 0, value.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDot(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '.') {
                return true;
            }
        }
        return false;
    }

    private static String maskNumbers(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = numberEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            String placeholder = placeholder(text, i, end);
            if (placeholder != null) {
                out = out == null ? new StringBuilder(n) : out;
                out.append(text, copied, i).append(placeholder);
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** The end of the longest number candidate starting at {@code start}, or -1 when none starts there. */
    private static int numberEnd(String text, int start) {
        char first = text.charAt(start);
        if (!(isDigit(first) || first == '+' || first == '(') || !boundaryBefore(text, start)) {
            return -1;
        }
        int j = start + (first == '+' ? 1 : 0);
        if (j < text.length() && text.charAt(j) == '(' && first != '(') {
            j++;
        } else if (first == '(') {
            j = start + 1;
        }
        if (j >= text.length() || !isDigit(text.charAt(j))) {
            return -1;
        }
        int best = -1;
        for (int k = j; k < text.length() && isNumberChar(text.charAt(k)); k++) {
            if (isDigit(text.charAt(k)) && boundaryAfter(text, k + 1)) {
                best = k + 1;
            }
        }
        return best;
    }

    private static String placeholder(String text, int start, int end) {
        int digits = 0;
        StringBuilder raw = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            if (isDigit(text.charAt(k))) {
                digits++;
                raw.append(text.charAt(k));
            }
        }
        if (digits < MIN_DIGITS) {
            return null;
        }
        if (digits == 9 && isIsraeliId(raw.toString())) {
            return ISRAELI_ID;
        }
        return digits <= MAX_PHONE_DIGITS ? PHONE : NUMBER;
    }

    private static boolean boundaryBefore(String text, int index) {
        if (index == 0) {
            return true;
        }
        char c = text.charAt(index - 1);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '+' || c == '-');
    }

    private static boolean boundaryAfter(String text, int index) {
        if (index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '/');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(char c) {
        return isDigit(c) || c == ' ' || c == '(' || c == ')' || c == '.' || c == '-';
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || "._%+-".indexOf(c) >= 0;
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '-';
    }
}
