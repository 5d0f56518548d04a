package com.dentalai.hub.reminders;

import com.dentalai.hub.conversation.EffectHandler;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.conversation.Effect;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.context.HubContext;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Dana heard "stop" / "הסר": the opt-out is recorded for the scheduler (no more surveys or other
 * non-essential messages; reminders still go out) and audited, with refs only.
 */
@Component
class UnsubscribeRecorder implements EffectHandler<Effect.Unsubscribed> {

    static final String VERB = "patient.unsubscribe";

    private final OptOuts optOuts;
    private final AuditTrail audit;
    private final Clock clock;

    UnsubscribeRecorder(OptOuts optOuts, AuditTrail audit, Clock clock) {
        this.optOuts = optOuts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Class<Effect.Unsubscribed> type() {
        return Effect.Unsubscribed.class;
    }

    @Override
    public void handle(Effect.Unsubscribed effect, Turn turn, InboundMessage message, HubContext context) {
        String patient = turn.next().patientRef();
        optOuts.record(message.tenant(), message.channel(), message.conversationKey(), patient, clock.instant());
        audit.record(new AuditEvent(
                clock.instant(),
                message.tenant(),
                context.principal().id(),
                VERB,
                patient == null ? "conversation" : "patient",
                patient == null ? message.channel().name() : patient,
                AuditEvent.Outcome.SUCCESS,
                null,
                context.correlationId(),
                Map.of("channel", message.channel().name())));
    }
}
