package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.conversation.Effect;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;

/**
 * An agent Dana hands a message to ({@link Effect.Delegation} with {@code handled == false}) that
 * answers in the same turn: its replies follow Dana's "I'm passing you to …" in the one turn that is
 * stored and sent, on every channel including the synchronous web chat. (An {@link EffectHandler}
 * runs after the turn is fixed, so it could only send out of order, and never to the web chat.)
 */
public interface DelegatedAgent {

    Effect.Agent agent();

    /**
     * @param handedOff Dana's turn carrying {@code delegation}
     * @return the turn to store and send: Dana's replies then the agent's, the delegation marked
     *     {@code handled}
     */
    Turn answer(
            Effect.Delegation delegation, Turn handedOff, InboundMessage message, Tenant tenant, HubContext context);
}
