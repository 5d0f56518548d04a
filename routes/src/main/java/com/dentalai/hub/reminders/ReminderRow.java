package com.dentalai.hub.reminders;

import com.dentalai.hub.domain.reminders.ReminderKind;
import java.time.Instant;

/**
 * One row of the reminder schedule (table {@code reminders}). Holds refs only; the patient's phone
 * and name stay in Odoo.
 *
 * @param version the appointment's start (ISO-8601 UTC) for reminders, {@code visit} for a survey
 */
record ReminderRow(
        long id,
        String tenantId,
        String appointmentRef,
        String version,
        ReminderKind kind,
        String state,
        Instant dueAt,
        Instant appointmentStart,
        String patientRef,
        int attempts,
        String channel,
        String conversationKey,
        String answer,
        Integer rating,
        Instant commentUntil) {

    static final String DUE = "due";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String SUPERSEDED = "superseded";
    static final String CANCELLED = "cancelled";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";
    static final String ANSWERED = "answered";

    /** The version of a survey row: one survey per appointment, whatever its times were. */
    static final String SURVEY_VERSION = "visit";
}
