package com.dentalai.hub.handover;

import com.dentalai.hub.conversation.TurnInterceptor;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Notes that a patient wrote while staff have the conversation, so the quiet time counts from
 * their last message too. Never claims the message: Dana still sends the one "staff will answer"
 * notice, and urgent guidance when the message is an emergency.
 */
@Component
class HandoverPatientActivity implements TurnInterceptor {

    private final HandoverStore store;

    HandoverPatientActivity(HandoverStore store) {
        this.store = store;
    }

    @Override
    public Optional<Turn> intercept(InboundMessage message, Conversation state, Tenant tenant, HubContext context) {
        if (state.paused()) {
            store.patientWrote(tenant.id(), message.channel(), message.conversationKey(), message.timestamp());
        }
        return Optional.empty();
    }
}
