package com.dentalai.hub.domain.conversation;

import java.util.Objects;

/** Something a turn asks the routes to do besides sending the replies. */
public sealed interface Effect
        permits Effect.Handover,
                Effect.Delegation,
                Effect.Alert,
                Effect.Parked,
                Effect.Unsubscribed,
                Effect.PatientIdentified {

    /** The agents besides Dana. */
    enum Agent {
        /** Medical knowledge (in-process, see {@code domain.knowledge.Michal}). */
        MICHAL,
        /** Billing: the only agent with the billing tool. */
        YOSEF
    }

    /**
     * A human takes over: the conversation is paused until {@link Dana#resume}. The staff note has
     * already been posted through {@link Tools#handover}; routes notify the staff channel.
     */
    record Handover(String note) implements Effect {
        public Handover {
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Another agent is responsible. {@code handled == true}: the reply already carries that agent's
     * answer (Michal runs in-process), routes only audit it. {@code handled == false}: routes pass the
     * inbound message to that agent (Yosef) with {@code context} (the intent's wire name).
     */
    record Delegation(Agent agent, String context, boolean handled) implements Effect {
        public Delegation {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(context, "context");
        }
    }

    /** The clinic must look now (urgent symptoms). {@code note} is for staff: may be PHI, never logged. */
    record Alert(String kind, String note) implements Effect {
        public Alert {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * A tool was unavailable: the routes park the inbound message (dead-letter queue) and replay it
     * later against the state returned with this turn (unchanged), so the same request key is used.
     */
    record Parked(String tool, String providerMessageId) implements Effect {
        public Parked {
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(providerMessageId, "providerMessageId");
        }
    }

    /** The patient opted out: routes stop reminders, surveys and other messages they did not ask for. */
    record Unsubscribed() implements Effect {}

    /** The patient was found or registered in this turn (routes may bind the conversation key to it). */
    record PatientIdentified(String patientRef, boolean registered) implements Effect {
        public PatientIdentified {
            Objects.requireNonNull(patientRef, "patientRef");
        }
    }
}
