package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.nlu.Intent;
import com.dentalai.hub.domain.nlu.PartOfDay;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the current flow has gathered so far. Every component may be null.
 *
 * @param date the day asked for
 * @param time the clock time asked for
 * @param partOfDay the part of day asked for
 * @param practitioner the practitioner name the patient asked for
 * @param treatment the treatment key the patient named
 * @param selected the slot picked and waiting for confirmation
 * @param appointment the appointment picked for cancel or reschedule
 * @param resumeIntent what the patient asked for before registration interrupted
 * @param name the name given during registration (PHI: stored with the conversation, never logged)
 */
public record Draft(
        LocalDate date,
        LocalTime time,
        PartOfDay partOfDay,
        String practitioner,
        String treatment,
        OfferedSlot selected,
        AppointmentOption appointment,
        Intent resumeIntent,
        String name) {

    public static final Draft EMPTY = new Draft(null, null, null, null, null, null, null, null, null);

    public Draft withSelected(OfferedSlot slot) {
        return new Draft(date, time, partOfDay, practitioner, treatment, slot, appointment, resumeIntent, name);
    }

    public Draft withAppointment(AppointmentOption option) {
        return new Draft(date, time, partOfDay, practitioner, treatment, selected, option, resumeIntent, name);
    }

    public Draft withName(String newName) {
        return new Draft(date, time, partOfDay, practitioner, treatment, selected, appointment, resumeIntent, newName);
    }

    /** The same draft with new search criteria; what was picked is kept. */
    public Draft withCriteria(
            LocalDate newDate, LocalTime newTime, PartOfDay newPart, String newPractitioner, String newTreatment) {
        return new Draft(
                newDate, newTime, newPart, newPractitioner, newTreatment, selected, appointment, resumeIntent, name);
    }

    public Draft withResumeIntent(Intent intent) {
        return new Draft(date, time, partOfDay, practitioner, treatment, selected, appointment, intent, name);
    }
}
