package com.dentalai.hub.domain.reminders;

/** What a scheduled patient message is for. */
public enum ReminderKind {
    /** The reminder the day before, at the tenant's reminder hour. Essential: sent to opted-out patients too. */
    DAY_BEFORE,
    /** The optional reminder on the day itself. Essential as well. */
    SAME_DAY,
    /** The visit survey after a completed appointment. Non-essential: never to opted-out patients. */
    SURVEY;

    /** Whether the message is one a patient who said "stop" still gets (appointment logistics). */
    public boolean essential() {
        return this != SURVEY;
    }
}
