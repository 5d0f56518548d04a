package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.channel.OutboundMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one inbound message: the state to store, the replies to send in order, and the
 * effects for the routes to carry out.
 */
public record Turn(Conversation next, List<OutboundMessage> replies, List<Effect> effects) {

    public Turn {
        Objects.requireNonNull(next, "next");
        replies = replies == null ? List.of() : List.copyOf(replies);
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    /** The handover this turn asked for, if any. */
    public Optional<Effect.Handover> handover() {
        return effects(Effect.Handover.class).stream().findFirst();
    }

    public <T extends Effect> List<T> effects(Class<T> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
