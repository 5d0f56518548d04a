package com.dentalai.hub.billing;

import com.dentalai.hub.conversation.DelegatedAgent;
import com.dentalai.hub.domain.billing.Yosef;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Effect;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Yosef takes the billing messages Dana hands over ({@code Delegation(YOSEF, billing_question |
 * pay_bill)}): he answers in the same turn, after Dana's "I'm passing you to Yosef", with the
 * conversation's context (the patient Dana identified, the language, the channel).
 */
@Component
class YosefAgent implements DelegatedAgent {

    private final ProducerTemplate producer;

    YosefAgent(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public Effect.Agent agent() {
        return Effect.Agent.YOSEF;
    }

    @Override
    public Turn answer(
            Effect.Delegation delegation, Turn handedOff, InboundMessage message, Tenant tenant, HubContext context) {
        Conversation state = handedOff.next();
        Yosef.Answer answer = Yosef.takeOver(
                delegation.context(), patient(state, message, tenant), desk(state, message, tenant, context));
        List<Effect> effects = new ArrayList<>();
        for (Effect effect : handedOff.effects()) {
            effects.add(
                    effect == delegation
                            ? new Effect.Delegation(Effect.Agent.YOSEF, delegation.context(), true)
                            : effect);
        }
        return new Turn(remember(state, answer, effects), concat(handedOff, answer), effects);
    }

    static Yosef.Patient patient(Conversation state, InboundMessage message, Tenant tenant) {
        return new Yosef.Patient(state.patientRef(), message.senderPhone(), state.language(), tenant.phone());
    }

    RouteBillingDesk desk(Conversation state, InboundMessage message, Tenant tenant, HubContext context) {
        return new RouteBillingDesk(
                producer,
                tenant.id(),
                message.channel().name(),
                context.correlationId(),
                message.conversationKey(),
                state.language());
    }

    /** A patient Yosef found by phone is remembered, as Dana would have. */
    static Conversation remember(Conversation state, Yosef.Answer answer, List<Effect> effects) {
        if (answer.patientRef() != null && !state.isIdentified()) {
            effects.add(new Effect.PatientIdentified(answer.patientRef(), false));
            return state.withPatient(answer.patientRef());
        }
        return state;
    }

    private static List<com.dentalai.hub.domain.channel.OutboundMessage> concat(Turn turn, Yosef.Answer answer) {
        List<com.dentalai.hub.domain.channel.OutboundMessage> all = new ArrayList<>(turn.replies());
        all.addAll(answer.replies());
        return all;
    }
}
