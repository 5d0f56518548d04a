package com.dentalai.hub.domain.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * Michal's reply to a medical question.
 *
 * @param text ready to send; always ends with the disclaimer unless {@code kind} is URGENT
 * @param entryId the knowledge entry the answer came from, when one did
 */
public record MedicalAnswer(Kind kind, String text, Optional<String> entryId) {

    public enum Kind {
        /** A knowledge-base answer. */
        ANSWER,
        /** Nothing good enough: the clinic's phone and an offer of a check-up. */
        NO_ANSWER,
        /** Urgent signs: the urgent guidance; the clinic must be alerted. */
        URGENT
    }

    public MedicalAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entryId, "entryId");
    }
}
