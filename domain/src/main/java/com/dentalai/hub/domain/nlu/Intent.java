package com.dentalai.hub.domain.nlu;

import java.util.Locale;
import java.util.Optional;

/** What a patient wants from Dana. {@link #wireName()} is the snake_case name used on the NLU API. */
public enum Intent {
    BOOK_APPOINTMENT,
    CANCEL_APPOINTMENT,
    RESCHEDULE_APPOINTMENT,
    CHECK_AVAILABILITY,
    LIST_MY_APPOINTMENTS,
    CLINIC_HOURS,
    CLINIC_ADDRESS,
    PRICE_INQUIRY,
    MEDICAL_QUESTION,
    MEDICAL_EMERGENCY,
    BILLING_QUESTION,
    PAY_BILL,
    GREETING,
    THANKS,
    TALK_TO_HUMAN,
    CONFIRM,
    DENY,
    UNSUBSCRIBE,
    OUT_OF_SCOPE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Intent> fromWireName(String wireName) {
        for (Intent intent : values()) {
            if (intent.wireName().equals(wireName)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }

    /** Small-talk and dialogue-control intents that yield to any content intent in the same message. */
    boolean isSocial() {
        return this == GREETING || this == THANKS || this == CONFIRM || this == DENY;
    }
}
