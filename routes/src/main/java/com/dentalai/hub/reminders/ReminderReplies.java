package com.dentalai.hub.reminders;

import com.dentalai.hub.conversation.TurnInterceptor;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.conversation.AppointmentOption;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Draft;
import com.dentalai.hub.domain.conversation.Flow;
import com.dentalai.hub.domain.conversation.Step;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.reminders.ReminderChoice;
import com.dentalai.hub.domain.reminders.ReminderChoice.Answer;
import com.dentalai.hub.domain.reminders.ReminderKind;
import com.dentalai.hub.domain.reminders.ReminderTexts;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Claims the patient's taps on a reminder or survey before Dana reads them, and a survey's
 * optional comment typed right after the rating. A tap counts only from the conversation the
 * message went to (the row's channel and conversation key), so a forged payload with another id
 * does nothing. Reschedule hands the conversation to Dana's reschedule flow, with the appointment
 * already picked: her next turn asks for the new day.
 */
@Component
@Order(100)
class ReminderReplies implements TurnInterceptor {

    /** Typed words that stay Dana's even inside the comment window (she records the opt-out). */
    private static final Set<String> DANAS = Set.of("stop", "unsubscribe", "הסר", "/stop");

    private final ReminderStore store;
    private final ProducerTemplate producer;
    private final RemindersProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    ReminderReplies(
            ReminderStore store,
            ProducerTemplate producer,
            RemindersProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.producer = producer;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public Optional<Turn> intercept(InboundMessage message, Conversation state, Tenant tenant, HubContext context) {
        if (message.content() instanceof MessageContent.Choice choice) {
            return ReminderChoice.parse(choice.id()).map(c -> tap(c, message, state, tenant, context));
        }
        if (message.content() instanceof MessageContent.Text text
                && !DANAS.contains(text.body().strip().toLowerCase(Locale.ROOT))) {
            return store.awaitingComment(
                            tenant.id(), message.channel().name(), message.conversationKey(), clock.instant())
                    .map(row -> comment(row, text.body(), message, state, context));
        }
        return Optional.empty();
    }

    private Turn tap(
            ReminderChoice choice, InboundMessage message, Conversation state, Tenant tenant, HubContext context) {
        String lang = state.language();
        Optional<ReminderRow> found = store.find(tenant.id(), choice.reminderId())
                .filter(row -> message.channel().name().equals(row.channel())
                        && message.conversationKey().equals(row.conversationKey()))
                .filter(row -> (row.kind() == ReminderKind.SURVEY) == choice.isSurvey());
        if (found.isEmpty()) {
            return reply(state, ReminderTexts.noLongerOpen(lang));
        }
        ReminderRow row = found.get();
        Conversation bound = bind(state, row);
        return choice.isSurvey()
                ? survey(choice, row, bound, message, context)
                : reminder(choice, row, bound, message, tenant, context);
    }

    private Turn reminder(
            ReminderChoice choice,
            ReminderRow row,
            Conversation state,
            InboundMessage message,
            Tenant tenant,
            HubContext context) {
        String lang = state.language();
        switch (row.state()) {
            case ReminderRow.SUPERSEDED -> {
                return reply(state, ReminderTexts.changed(lang));
            }
            case ReminderRow.CANCELLED -> {
                return reply(state, ReminderTexts.noLongerOpen(lang));
            }
            case ReminderRow.SENT -> {
                // Odoo first: a failure fails the turn and its retry finds the row still open
            }
            default -> {
                return reply(state, ReminderTexts.alreadyAnswered(lang));
            }
        }
        apply(
                new ReminderAnswers.Call(
                        row.appointmentRef(), choice, message.channel().name(), null),
                context);
        store.answer(tenant.id(), row.id(), choice.answer().name());
        return switch (choice.answer()) {
            case CONFIRM -> reply(state, ReminderTexts.confirmed(row.appointmentStart(), tenant.timezone(), lang));
            case CANCEL -> reply(state, ReminderTexts.cancelled(row.appointmentStart(), tenant.timezone(), lang));
            default -> new Turn(
                    state.at(Flow.RESCHEDULE, Step.ASK_DAY)
                            .withDraft(Draft.EMPTY.withAppointment(new AppointmentOption(
                                    "appt:rm" + row.id(), row.appointmentRef(), row.appointmentStart(), null))),
                    List.of(new OutboundMessage.Text(ReminderTexts.askNewDay(lang))),
                    List.of());
        };
    }

    private Turn survey(
            ReminderChoice choice, ReminderRow row, Conversation state, InboundMessage message, HubContext context) {
        String lang = state.language();
        if (choice.answer() == Answer.NO_COMMENT) {
            store.closeComment(row.tenantId(), row.id());
            return reply(state, ReminderTexts.surveyDone(lang));
        }
        if (!ReminderRow.SENT.equals(row.state())) {
            return reply(state, ReminderTexts.alreadyAnswered(lang));
        }
        apply(
                new ReminderAnswers.Call(
                        row.appointmentRef(), choice, message.channel().name(), null),
                context);
        if (store.rate(
                row.tenantId(), row.id(), choice.rating(), clock.instant().plus(properties.commentWindow()))) {
            DistributionSummary.builder("hub.survey.rating")
                    .description("Visit survey ratings, 1 to 5")
                    .tag("tenant", row.tenantId())
                    .register(meters)
                    .record(choice.rating());
        }
        return new Turn(state, List.of(ReminderTexts.askComment(row.id(), lang)), List.of());
    }

    private Turn comment(ReminderRow row, String text, InboundMessage message, Conversation state, HubContext context) {
        if (store.closeComment(row.tenantId(), row.id())) {
            apply(
                    new ReminderAnswers.Call(
                            row.appointmentRef(),
                            new ReminderChoice(row.id(), Answer.NO_COMMENT, 0),
                            message.channel().name(),
                            text),
                    context);
        }
        return reply(state, ReminderTexts.commentThanks(state.language()));
    }

    /** The Odoo side, through its gated route with the turn's context; a failure fails the turn. */
    private void apply(ReminderAnswers.Call call, HubContext context) {
        Exchange done = producer.request(ReminderRoutes.ANSWER, exchange -> {
            exchange.setProperty(HubContext.PROPERTY, context);
            exchange.getMessage().setHeader(HubContext.CORRELATION_HEADER, context.correlationId());
            exchange.getMessage().setBody(call);
        });
        if (done.getException() != null) {
            throw new IllegalStateException("reminder answer not recorded in Odoo", done.getException());
        }
    }

    /** A tap from a chat the hub did not know yet binds the chat to the patient the reminder was for. */
    private static Conversation bind(Conversation state, ReminderRow row) {
        return state.isIdentified() || row.patientRef() == null ? state : state.withPatient(row.patientRef());
    }

    private static Turn reply(Conversation state, String text) {
        return new Turn(state, List.of(new OutboundMessage.Text(text)), List.of());
    }
}
