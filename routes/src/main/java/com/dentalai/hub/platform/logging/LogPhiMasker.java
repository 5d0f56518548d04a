package com.dentalai.hub.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the PHI that most often slips into log lines: e-mail addresses, phone numbers (Israeli
 * and international, WhatsApp's bare {@code 972…} ids) and Israeli ID numbers. Masked forms keep
 * just enough to correlate ({@code d***@example.com}, {@code ***67}). Over-masking is the safe
 * side: any nine-digit number is treated as an ID. Interim home until {@code domain.phi.PhiMasker}
 * lands; the lead dedupes.
 */
public final class LogPhiMasker {

    private static final Pattern EMAIL =
            Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    /** Starts with +, 00, 0 or 972 (how phones are written here), then 8+ more digits with separators. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\w+])(?:\\+|00|0|972)\\d(?:[\\s().-]{0,2}\\d){7,14}(?![\\w])");

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![\\w])\\d{9}(?![\\w])");

    private LogPhiMasker() {}

    /** The text with PHI masked; the same instance when there was nothing to mask. */
    public static String mask(String text) {
        if (text == null || text.isEmpty() || !mayContainPhi(text)) {
            return text;
        }
        String out = EMAIL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
        out = PHONE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(keepLastTwoDigits(m.group())));
        out = NINE_DIGITS.matcher(out).replaceAll(m -> Matcher.quoteReplacement(keepLastTwoDigits(m.group())));
        return out;
    }

    /** Cheap pre-check: most log lines have neither an '@' nor a long run of digits. */
    private static boolean mayContainPhi(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return true;
            }
            if (c >= '0' && c <= '9') {
                if (++digits >= 9) {
                    return true;
                }
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '+') {
                digits = 0;
            }
        }
        return false;
    }

    private static String keepLastTwoDigits(String number) {
        String digits = number.replaceAll("\\D", "");
        return "***" + digits.substring(digits.length() - 2);
    }
}
