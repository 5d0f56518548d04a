package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.nlu.Intent;
import com.dentalai.hub.domain.nlu.NluResult;
import com.dentalai.hub.domain.nlu.Slots;
import java.util.Objects;

/**
 * What a {@link Brain} reads in a message: the intent and what it pins down. Dana decides what to do
 * with it; a brain never books.
 *
 * @param language "he" or "en"; meaningful only when {@code hasLetters}
 * @param hasLetters whether the text had any letters (emoji-only or digits-only messages have none)
 */
public record Proposal(Intent intent, double confidence, String language, boolean hasLetters, Slots slots) {

    public Proposal {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(slots, "slots");
    }

    public static Proposal of(NluResult nlu, boolean hasLetters) {
        return new Proposal(nlu.intent(), nlu.confidence(), nlu.language(), hasLetters, nlu.slots());
    }
}
