package com.dentalai.hub.domain.clinic;

import java.util.Objects;

/**
 * A patient the hub registers on its own, e.g. a first-time caller on WhatsApp.
 *
 * @param name as the patient gave it
 * @param phone E.164 ({@code +972501234567})
 * @param lang the patient's language ({@code he}, {@code en}, {@code ar})
 * @param unverified true when nobody at the clinic has checked the identity yet; the record says so
 *     to the staff who open it
 */
public record NewPatient(String name, String phone, String lang, boolean unverified) {

    public NewPatient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        if (name.isBlank()) {
            throw new IllegalArgumentException("patient name must not be blank");
        }
        if (!phone.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("phone must be E.164");
        }
    }

    /** Names and phone numbers are PHI: never print them. */
    @Override
    public String toString() {
        return "NewPatient[lang=" + lang + ", unverified=" + unverified + "]";
    }
}
