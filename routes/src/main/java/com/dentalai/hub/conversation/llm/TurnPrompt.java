package com.dentalai.hub.conversation.llm;

import com.dentalai.hub.domain.conversation.AppointmentOption;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.OfferedSlot;
import com.dentalai.hub.domain.conversation.TurnContext;
import com.dentalai.hub.domain.phi.PromptScrubber;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the model is told about a turn, and nothing more: the date and zone, the task and step, the
 * times on offer, and the patient's text through the {@link PromptScrubber}. No clinic or patient
 * name, no phone, no patient id: the tools bind those in the hub.
 */
final class TurnPrompt {

    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("EEEE yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private TurnPrompt() {}

    static String system(Conversation state, TurnContext ctx, int maxToolCalls) {
        ZoneId zone = ctx.tenant().timezone();
        List<String> lines = new ArrayList<>();
        lines.add("You are Dana, the receptionist of a dental clinic. Read the patient's latest message and say what"
                + " they want by calling the tool `propose` exactly once, as your last call.");
        lines.add("You may first look things up with the other tools, at most " + maxToolCalls
                + " calls. You never book, cancel or pay: the clinic's system does that after the patient confirms.");
        lines.add("Now: " + NOW.format(ctx.now()) + " (" + zone + "). Resolve relative days and times against it.");
        lines.add("Conversation language: " + state.language() + ". Task: "
                + state.flow().name().toLowerCase(Locale.ROOT) + ", waiting for: "
                + state.step().name().toLowerCase(Locale.ROOT) + ".");
        List<OfferedSlot> offer = state.offer();
        for (int i = 0; i < offer.size(); i++) {
            lines.add("Offered option " + (i + 1) + ": "
                    + LOCAL.format(offer.get(i).start().atZone(zone)));
        }
        List<AppointmentOption> appointments = state.appointments();
        for (int i = 0; i < appointments.size(); i++) {
            lines.add("Appointment option " + (i + 1) + ": "
                    + LOCAL.format(appointments.get(i).start().atZone(zone)));
        }
        lines.add("Personal details in the message are replaced by placeholders such as [NAME], [DOB], [ID],"
                + " [PHONE]; never ask for them. Billing and payment questions are billing_question or pay_bill.");
        return String.join("\n", lines);
    }

    /** The scrubber for this conversation: the clinic's year, plus the name the patient registered with. */
    static PromptScrubber scrubber(Conversation state, TurnContext ctx) {
        PromptScrubber scrubber = PromptScrubber.forYear(ctx.now().getYear());
        String name = state.draft().name();
        return name == null ? scrubber : scrubber.withNames(List.of(name));
    }
}
