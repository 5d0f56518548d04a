package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.nlu.PartOfDay;
import com.dentalai.hub.domain.schedule.Slot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The agent's tool surface for one tenant. Routes implement it by calling the gated tool routes, so
 * every call is authorised, audited and retried there; Dana never touches the clinic's records
 * directly. Booking authority stays in those routes: Dana proposes a slot, the tool re-checks and
 * books it.
 *
 * <p>Any method may throw {@link ToolUnavailableException} when the clinic's system cannot be reached;
 * Dana then tells the patient the request is saved and emits {@link Effect.Parked}.
 */
public interface Tools {

    /**
     * Free slots from {@code from} to {@code to} inclusive, earliest first.
     *
     * @param practitionerId only this practitioner's slots; empty for anyone
     * @param partOfDay only slots starting in this part of the day; empty for any time
     * @param limit at most this many
     */
    List<Slot> findSlots(
            LocalDate from, LocalDate to, Optional<String> practitionerId, Optional<PartOfDay> partOfDay, int limit);

    /** The clinic's bookable practitioners (names are shown to the patient). */
    List<Practitioner> practitioners();

    /**
     * Books {@code slot} for the patient. The same {@code requestKey} never books twice: a replay
     * returns the appointment the first attempt made.
     */
    BookingResult book(String requestKey, PatientRef patient, Slot slot);

    void cancel(PatientRef patient, String appointmentRef);

    /** Moves an appointment; same idempotency rule as {@link #book}. */
    BookingResult reschedule(String requestKey, PatientRef patient, String appointmentRef, Slot slot);

    /** The patient's upcoming appointments, earliest first. */
    List<Appointment> myAppointments(PatientRef patient);

    /** The patient whose phone is {@code e164}, if the clinic knows exactly one. */
    Optional<PatientRef> findPatient(String e164);

    PatientRef registerPatient(String name, String phone);

    /** Tells the clinic's staff that the patient wants a human, with a note they will see. */
    void handover(Optional<PatientRef> patient, String note);
}
