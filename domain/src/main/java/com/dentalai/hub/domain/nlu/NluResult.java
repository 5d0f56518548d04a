package com.dentalai.hub.domain.nlu;

import java.util.Objects;

/**
 * The reading of one utterance. {@code language} is "he" or "en"; {@code confidence} is in [0, 1].
 */
public record NluResult(Intent intent, double confidence, String language, Slots slots) {

    public NluResult {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slots, "slots");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }
}
