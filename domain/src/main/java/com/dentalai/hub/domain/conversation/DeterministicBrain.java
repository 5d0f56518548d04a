package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.nlu.NluEngine;
import java.util.Objects;

/** The offline brain: {@link NluEngine} over the raw text, resolved against the clinic's clock. */
public final class DeterministicBrain implements Brain {

    private final NluEngine nlu;

    public DeterministicBrain(NluEngine nlu) {
        this.nlu = Objects.requireNonNull(nlu, "nlu");
    }

    public DeterministicBrain() {
        this(new NluEngine());
    }

    @Override
    public Proposal propose(Conversation state, String text, TurnContext ctx) {
        return Proposal.of(nlu.parse(text, ctx.now()), hasLetters(text));
    }

    static boolean hasLetters(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetter);
    }
}
