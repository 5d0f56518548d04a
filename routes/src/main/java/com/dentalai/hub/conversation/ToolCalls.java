package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.nlu.PartOfDay;
import com.dentalai.hub.domain.schedule.Slot;
import java.time.LocalDate;

/** The in-process bodies of the tool routes (never serialised: tool routes are {@code direct:}). */
final class ToolCalls {

    private ToolCalls() {}

    record FindSlots(LocalDate from, LocalDate to, String practitionerId, PartOfDay partOfDay, int limit) {}

    /** A booking; {@code appointmentRef} set = move that appointment (reschedule). */
    record Book(String requestKey, PatientRef patient, Slot slot, String appointmentRef) {}

    record Cancel(PatientRef patient, String appointmentRef) {}

    record MyAppointments(PatientRef patient) {}

    record FindPatient(String e164) {}

    /** PHI: never log. */
    record RegisterPatient(String name, String phone, String language) {
        @Override
        public String toString() {
            return "RegisterPatient[language=" + language + "]";
        }
    }

    /** {@code patient} may be null; the note is PHI. */
    record Handover(PatientRef patient, String note) {
        @Override
        public String toString() {
            return "Handover[patient=" + patient + "]";
        }
    }

    record Practitioners() {}
}
