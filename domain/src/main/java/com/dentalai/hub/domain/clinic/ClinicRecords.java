package com.dentalai.hub.domain.clinic;

import com.dentalai.hub.domain.schedule.BusyInterval;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The clinic's records, for one tenant. Implementations talk to the system of record and are
 * stateless; the hub's guarantees (no double booking, no duplicates) live in the booking service
 * that calls {@link #book}, not here — the system of record stores overlaps happily.
 *
 * <p>Failures surface as {@link ClinicRecordsException}.
 */
public interface ClinicRecords {

    /** The patient whose stored phone number is {@code e164} once normalised, if exactly one. */
    Optional<PatientRef> findPatientByPhone(String e164);

    PatientRef createPatient(NewPatient patient);

    List<Practitioner> listPractitioners();

    /** Appointments that hold time in {@code [from, to)}: the busy side of a slot search. */
    List<BusyInterval> busyIntervals(Instant from, Instant to);

    /**
     * Creates the appointment in one call, tagging it with the request key so {@link
     * #findBooked(BookingRequest)} can recognise it after a crash.
     */
    Appointment book(BookingRequest request);

    /** The appointment an earlier attempt of {@code request} created, if any. */
    Optional<Appointment> findBooked(BookingRequest request);

    void cancel(String appointmentRef, String reason);

    Appointment reschedule(String appointmentRef, Instant newStart, Instant newEnd);

    /** The patient's appointments that end after {@code now}, earliest first, cancelled excluded. */
    List<Appointment> upcomingAppointments(PatientRef patient, Instant now);

    /** Adds a note staff will see on the record. */
    void postNote(RecordRef record, String text);

    /** Messages on the record with an id greater than {@code sinceId}, oldest first. */
    List<ChatterMessage> newMessages(RecordRef record, long sinceId);

    FileRef attachFile(RecordRef record, String name, String mimeType, byte[] content);

    /** The patient's customer invoices, newest first. */
    List<Invoice> invoices(PatientRef patient);
}
