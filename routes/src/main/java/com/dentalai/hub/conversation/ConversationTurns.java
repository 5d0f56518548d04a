package com.dentalai.hub.conversation;

import com.dentalai.hub.billing.TenantStanding;
import com.dentalai.hub.channels.InboundMessageCodec;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Dana;
import com.dentalai.hub.domain.conversation.Effect;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.conversation.TurnContext;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One turn of a conversation: load the state, let Dana answer through the gated tools, store the
 * next state. Shared by the queued channels (WhatsApp, Telegram) and the synchronous web chat.
 */
@Component
public class ConversationTurns {

    /** Exchange properties the later steps of the turn route read. */
    static final String TURN = "hubTurn";

    static final String INBOUND = "hubInbound";

    private final Dana dana;
    private final ConversationStore store;
    private final TenantDirectory tenants;
    private final ProducerTemplate producer;
    private final TenantStanding standing;
    private final List<TurnInterceptor> interceptors;
    private final List<EffectHandler<?>> effectHandlers;
    private final List<DelegatedAgent> agents;

    ConversationTurns(
            Dana dana,
            ConversationStore store,
            TenantDirectory tenants,
            ProducerTemplate producer,
            TenantStanding standing,
            ObjectProvider<TurnInterceptor> interceptors,
            ObjectProvider<EffectHandler<?>> effectHandlers,
            ObjectProvider<DelegatedAgent> agents) {
        this.dana = dana;
        this.store = store;
        this.tenants = tenants;
        this.producer = producer;
        this.standing = standing;
        this.interceptors = interceptors.orderedStream().toList();
        this.effectHandlers = effectHandlers.orderedStream().toList();
        this.agents = agents.orderedStream().toList();
    }

    /** The queue step: decodes the message and runs the turn; the replies go out in the next step. */
    void take(Exchange exchange) {
        HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        InboundMessage message =
                InboundMessageCodec.decode(exchange.getMessage().getBody(String.class));
        exchange.setProperty(INBOUND, message);
        exchange.setProperty(TURN, turn(message, context));
    }

    /** Runs Dana on {@code message} for the context's tenant and stores the state unless parked. */
    public Turn turn(InboundMessage message, HubContext context) {
        return run(message, context, dana::handle);
    }

    /**
     * Web chat's one-time code has just verified {@code message.senderPhone()}: Dana goes on with what
     * identifying the patient interrupted ({@link Dana#phoneVerified}); stored like any turn.
     */
    public Turn phoneVerified(InboundMessage message, HubContext context) {
        return run(message, context, dana::phoneVerified);
    }

    /** Dana's entry point for one turn: state, message, context → turn. */
    private interface DanaStep {
        Turn apply(Conversation state, InboundMessage message, TurnContext ctx);
    }

    private Turn run(InboundMessage message, HubContext context, DanaStep step) {
        if (context == null || !message.tenant().equals(context.tenantId())) {
            // the signed context decides the tenant; a body naming another one is not to be trusted
            throw new IllegalArgumentException("inbound message tenant does not match its hub context");
        }
        Tenant tenant = tenants.require(message.tenant());
        Conversation state = store.load(message.tenant(), message.channel(), message.conversationKey())
                .orElseGet(() -> Dana.newConversation(message, tenant));
        Turn turn = intercepted(message, state, tenant, context).orElseGet(() -> {
            RouteTools tools = new RouteTools(producer, context, state.language());
            boolean suspended = standing.isSuspended(tenant.id());
            TurnContext ctx = new TurnContext(ZonedDateTime.now(tenant.timezone()), tenant, tools, suspended);
            return step.apply(state, message, ctx);
        });
        turn = delegated(turn, message, tenant, context);
        if (turn.effects(Effect.Parked.class).isEmpty()) {
            store.save(turn.next());
            carryOut(turn, message, context);
        }
        return turn;
    }

    private Optional<Turn> intercepted(InboundMessage message, Conversation state, Tenant tenant, HubContext context) {
        for (TurnInterceptor interceptor : interceptors) {
            Optional<Turn> turn = interceptor.intercept(message, state, tenant, context);
            if (turn.isPresent()) {
                return turn;
            }
        }
        return Optional.empty();
    }

    /** Hands the message to the agents Dana delegated it to; their replies follow hers in this turn. */
    private Turn delegated(Turn turn, InboundMessage message, Tenant tenant, HubContext context) {
        for (Effect.Delegation delegation : turn.effects(Effect.Delegation.class)) {
            if (delegation.handled()) {
                continue;
            }
            for (DelegatedAgent agent : agents) {
                if (agent.agent() == delegation.agent()) {
                    turn = agent.answer(delegation, turn, message, tenant, context);
                    break;
                }
            }
        }
        return turn;
    }

    private void carryOut(Turn turn, InboundMessage message, HubContext context) {
        for (Effect effect : turn.effects()) {
            for (EffectHandler<?> handler : effectHandlers) {
                dispatch(handler, effect, turn, message, context);
            }
        }
    }

    private static <E extends Effect> void dispatch(
            EffectHandler<E> handler, Effect effect, Turn turn, InboundMessage message, HubContext context) {
        if (handler.type().isInstance(effect)) {
            handler.handle(handler.type().cast(effect), turn, message, context);
        }
    }

    /** The last step: a parked turn fails the exchange, so the central policy dead-letters the message. */
    void settle(Exchange exchange) {
        Turn turn = exchange.getProperty(TURN, Turn.class);
        List<Effect.Parked> parked = turn.effects(Effect.Parked.class);
        if (!parked.isEmpty()) {
            throw new ConversationParkedException(parked.get(0).tool());
        }
    }
}
