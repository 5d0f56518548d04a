package com.dentalai.hub.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises phone numbers to E.164 ({@code +972501234567}) so that one patient has one key whether
 * they wrote {@code 050-123-4567}, came in on WhatsApp ({@code from: "972501234567"}, no plus) or
 * shared a Telegram contact. Numbers without a country code are read in the default region (IL).
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "IL";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{7,15}");

    private PhoneNumbers() {}

    /** E.164 form in the default region (IL), or empty when the input is not a valid number. */
    public static Optional<String> toE164(String raw) {
        return toE164(raw, DEFAULT_REGION);
    }

    /** E.164 form, reading numbers without a country code in {@code region}; empty when invalid. */
    public static Optional<String> toE164(String raw, String region) {
        if (raw == null || raw.isBlank() || raw.length() > 64) {
            return Optional.empty();
        }
        String trimmed = raw.trim();
        String digits = SEPARATORS.matcher(trimmed).replaceAll("");
        // WhatsApp "from" and Telegram contacts carry the country code without the plus
        String withPlus = DIGITS.matcher(digits).matches() && digits.charAt(0) != '0' ? "+" + digits : null;
        // strict readings first, so "14155552671" is a US number rather than a lenient Israeli one
        return parse(trimmed, region, true)
                .or(() -> withPlus == null ? Optional.empty() : parse(withPlus, region, true))
                .or(() -> parse(trimmed, region, false))
                .or(() -> withPlus == null ? Optional.empty() : parse(withPlus, region, false));
    }

    public static boolean isValid(String raw) {
        return toE164(raw).isPresent();
    }

    private static Optional<String> parse(String text, String region, boolean strict) {
        try {
            PhoneNumber number = UTIL.parse(text, region);
            boolean ok = strict ? UTIL.isValidNumber(number) : plausible(number);
            return ok ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The lenient reading: exactly the right length for its country and
     * not starting with a zero: the range metadata lags behind operators' allocations and rejects
     * real numbers such as 050-123-4567, and refusing a patient's real number is worse than
     * accepting an unallocated one (a message to it simply fails).
     */
    private static boolean plausible(PhoneNumber number) {
        String national = UTIL.getNationalSignificantNumber(number);
        return UTIL.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                && !national.startsWith("0")
                && UTIL.getRegionCodeForCountryCode(number.getCountryCode()) != null
                && !PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(
                        UTIL.getRegionCodeForCountryCode(number.getCountryCode()));
    }
}
