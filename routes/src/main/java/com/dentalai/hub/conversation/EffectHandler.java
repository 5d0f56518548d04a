package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.conversation.Effect;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.platform.context.HubContext;

/**
 * Carries out one kind of {@link Effect} after a turn's state is stored (a handover note for staff,
 * an alert, a hand-off to Yosef, an opt-out). Every bean whose {@link #type()} matches is called for
 * each such effect of the turn, inside the turn's exchange: a failure fails the exchange, so the
 * central policy retries or dead-letters the message and the idempotent consumer keeps replays to
 * one effect.
 */
public interface EffectHandler<E extends Effect> {

    Class<E> type();

    void handle(E effect, Turn turn, InboundMessage message, HubContext context);
}
