package com.dentalai.hub.billing;

import com.dentalai.hub.conversation.TurnInterceptor;
import com.dentalai.hub.domain.billing.Yosef;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Effect;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * While a Yosef pay flow is open, Yosef owns the conversation: a tap on one of the invoices he
 * listed ({@code yosef:pay:<invoice>}) comes to him, not to Dana, and he answers with the payment
 * link. The flow needs no stored state: the invoice is in the choice id and the billing tool
 * re-checks it. A suspended tenant's taps go on to Dana, who answers politely with the clinic phone.
 */
@Component
class YosefTurns implements TurnInterceptor {

    private final YosefAgent yosef;
    private final TenantStanding standing;

    YosefTurns(YosefAgent yosef, TenantStanding standing) {
        this.yosef = yosef;
        this.standing = standing;
    }

    @Override
    public Optional<Turn> intercept(InboundMessage message, Conversation state, Tenant tenant, HubContext context) {
        if (!Yosef.claims(message.content()) || standing.isSuspended(tenant.id())) {
            return Optional.empty();
        }
        Conversation touched = state.touchedAt(message.timestamp());
        String choice = ((MessageContent.Choice) message.content()).id();
        Yosef.Answer answer = Yosef.onChoice(
                choice, YosefAgent.patient(touched, message, tenant), yosef.desk(touched, message, tenant, context));
        List<Effect> effects = new ArrayList<>();
        effects.add(new Effect.Delegation(Effect.Agent.YOSEF, Yosef.PAY_BILL, true));
        return Optional.of(new Turn(YosefAgent.remember(touched, answer, effects), answer.replies(), effects));
    }
}
