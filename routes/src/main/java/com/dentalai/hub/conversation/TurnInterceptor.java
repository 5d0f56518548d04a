package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import java.util.Optional;

/**
 * Claims an inbound message before Dana reads it: a tap on a reminder's Confirm button, a survey
 * rating, a message to an agent that owns the conversation for now. Beans are asked in
 * {@link org.springframework.core.annotation.Order} order; the first one that returns a turn wins
 * and Dana never sees the message. The returned turn's state is stored and its replies sent like
 * Dana's own, so an interceptor stays a plain bean with no channel code.
 */
public interface TurnInterceptor {

    /**
     * @param state the stored state, or a new conversation
     * @return the turn that answers {@code message}, or empty to pass it on
     */
    Optional<Turn> intercept(InboundMessage message, Conversation state, Tenant tenant, HubContext context);
}
