package com.dentalai.hub.odoo;

import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.AppointmentStatus;
import com.dentalai.hub.domain.clinic.BookingRequest;
import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.clinic.ClinicRecordsException;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.clinic.SlotTakenException;
import com.dentalai.hub.domain.schedule.BusyInterval;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Books appointments with the hub's two guarantees, which Odoo itself does not give (it stores
 * overlapping events happily):
 *
 * <ol>
 *   <li><b>No duplicates.</b> A request key is recorded before Odoo is called; the same key never
 *       creates a second appointment, across retries, replays and restarts. If the hub died
 *       between Odoo's create and recording the result, the retry finds the appointment in Odoo
 *       by the tag {@code book} wrote into it before creating anything.
 *   <li><b>No double booking.</b> A short-lived claim on (practitioner, time range) in PostgreSQL,
 *       whose exclusion constraint lets exactly one of several racing requests through, then a
 *       re-check of the calendar in Odoo right before the create, which catches bookings staff
 *       made in Odoo after the slot was offered.
 * </ol>
 *
 * Odoo round trips per booking: the re-check and the create (two), plus a look-up only when a
 * request key comes back unfinished.
 */
@Service
public class BookingService {

    private static final Logger LOG = LoggerFactory.getLogger(BookingService.class);
    private static final String ANY_PRACTITIONER = "*";

    private final TenantTransactions tx;
    private final OdooProperties properties;
    private final AlternativeSlots alternatives;

    BookingService(TenantTransactions tx, OdooProperties properties, AlternativeSlots alternatives) {
        this.tx = tx;
        this.properties = properties;
        this.alternatives = alternatives;
    }

    /**
     * Books {@code request} in {@code tenantId}'s records, or answers the appointment an earlier
     * attempt with the same key made.
     *
     * @throws SlotTakenException the slot is no longer free; carries alternatives
     * @throws BookingInProgressException the same key is being booked right now by another attempt
     * @throws ClinicRecordsException Odoo refused or is unavailable (then the key stays open and a
     *     retry is safe)
     */
    public Appointment book(String tenantId, ClinicRecords records, BookingRequest request) {
        return guarded(
                tenantId, records, request, null, () -> records.findBooked(request), () -> records.book(request));
    }

    /**
     * Moves the patient's appointment {@code current} to {@code request}'s slot with the same two
     * guarantees as {@link #book}: the request key makes a retried or replayed move a no-op, and the
     * new range is claimed and re-checked in Odoo (ignoring the appointment being moved) so a race
     * never puts two appointments in one slot.
     *
     * @param current the appointment to move, as Odoo has it now (the caller checked it is the patient's)
     * @throws SlotTakenException the new slot is no longer free; carries alternatives
     */
    public Appointment reschedule(String tenantId, ClinicRecords records, BookingRequest request, Appointment current) {
        Slot target = request.slot();
        // a move that reached Odoo before the hub lost track of it shows as the appointment already there
        Supplier<Optional<Appointment>> done =
                () -> current.start().equals(target.start()) && current.end().equals(target.end())
                        ? Optional.of(current)
                        : Optional.empty();
        return guarded(
                tenantId,
                records,
                request,
                current,
                done,
                () -> records.reschedule(current.ref(), target.start(), target.end()));
    }

    private Appointment guarded(
            String tenantId,
            ClinicRecords records,
            BookingRequest request,
            Appointment moving,
            Supplier<Optional<Appointment>> alreadyDone,
            Supplier<Appointment> change) {
        Optional<Recorded> earlier = recordRequest(tenantId, request);
        if (earlier.isPresent() && earlier.get().booked()) {
            return earlier.get().toAppointment(request);
        }
        boolean resumed = false;
        if (earlier.isPresent()) {
            // unfinished earlier attempt: did it reach Odoo before the hub lost track of it?
            Optional<Appointment> made = alreadyDone.get();
            if (made.isPresent()) {
                markBooked(tenantId, request, made.get().ref());
                return made.get();
            }
            resumed = earlier.get().outcomeUnknown() && resume(tenantId, request);
        }
        if (!resumed && !claimSlot(tenantId, request)) {
            forget(tenantId, request);
            throw taken(tenantId, request, records);
        }
        Appointment appointment;
        try {
            recheckCalendar(tenantId, records, request, moving);
            appointment = change.get();
        } catch (ClinicRecordsException e) {
            if (e.reason() == ClinicRecordsException.Reason.UNAVAILABLE) {
                // the create may or may not have reached Odoo: keep the key and the claim, so the
                // slot stays protected and the retry looks in Odoo first
                markOutcomeUnknown(tenantId, request);
                throw e;
            }
            forget(tenantId, request);
            throw e;
        } catch (RuntimeException e) {
            if (!(e instanceof SlotTakenException)) {
                forget(tenantId, request);
            }
            throw e;
        }
        // outside the clean-up above: the appointment exists now, so a failure here must leave the
        // key PENDING for the retry to find the appointment in Odoo, never forget it
        markBooked(tenantId, request, appointment.ref());
        return appointment;
    }

    /** Inserts the request as PENDING; answers the earlier row when the key was seen before. */
    private Optional<Recorded> recordRequest(String tenantId, BookingRequest request) {
        return tx.inTenant(tenantId, jdbc -> {
            int inserted = jdbc.update(
                    "insert into booking_requests (tenant_id, request_key, state, patient_ref, practitioner_ref,"
                            + " slot_start, slot_end) values (?, ?, 'PENDING', ?, ?, ?, ?) on conflict do nothing",
                    tenantId,
                    request.requestKey(),
                    request.patientRef().id(),
                    request.practitionerRef(),
                    Timestamp.from(request.slot().start()),
                    Timestamp.from(request.slot().end()));
            if (inserted == 1) {
                return Optional.<Recorded>empty();
            }
            return jdbc
                    .query(
                            "select state, appointment_ref, patient_ref, practitioner_ref, slot_start, slot_end"
                                    + " from booking_requests where tenant_id = ? and request_key = ?",
                            (rs, i) -> new Recorded(
                                    "BOOKED".equals(rs.getString(1)),
                                    "UNKNOWN".equals(rs.getString(1)),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    new Slot(
                                            rs.getTimestamp(5).toInstant(),
                                            rs.getTimestamp(6).toInstant(),
                                            rs.getString(4))),
                            tenantId,
                            request.requestKey())
                    .stream()
                    .findFirst();
        });
    }

    /**
     * Claims the practitioner's range. Expired claims (an attempt that died) are swept first; of
     * several racing inserts on overlapping ranges the exclusion constraint admits one.
     */
    private boolean claimSlot(String tenantId, BookingRequest request) {
        String practitioner = practitionerKey(request);
        return tx.inTenant(tenantId, jdbc -> {
            jdbc.update("delete from slot_claims where tenant_id = ? and expires_at < now()", tenantId);
            int inserted = jdbc.update(
                    "insert into slot_claims (tenant_id, practitioner_key, during, request_key, expires_at)"
                            + " values (?, ?, tstzrange(?, ?, '[)'), ?, now() + make_interval(secs => ?))"
                            + " on conflict do nothing",
                    tenantId,
                    practitioner,
                    Timestamp.from(request.slot().start()),
                    Timestamp.from(request.slot().end()),
                    request.requestKey(),
                    (double) properties.slotClaimTtl().toSeconds());
            if (inserted == 1) {
                return true;
            }
            if (ownClaimExists(jdbc, tenantId, request)) {
                throw new BookingInProgressException(request.requestKey());
            }
            return false;
        });
    }

    private static boolean ownClaimExists(JdbcTemplate jdbc, String tenantId, BookingRequest request) {
        Integer n = jdbc.queryForObject(
                "select count(*) from slot_claims where tenant_id = ? and request_key = ?",
                Integer.class,
                tenantId,
                request.requestKey());
        return n != null && n > 0;
    }

    /** Staff may have booked the slot in Odoo after it was offered: Odoo's calendar has the last word. */
    private void recheckCalendar(String tenantId, ClinicRecords records, BookingRequest request, Appointment moving) {
        Slot slot = request.slot();
        List<BusyInterval> busy = new ArrayList<>(records.busyIntervals(slot.start(), slot.end()));
        if (moving != null) {
            // the appointment being moved may overlap its own new time: it does not block itself
            busy.stream().filter(b -> isSelf(b, moving)).findFirst().ifPresent(busy::remove);
        }
        if (busy.stream().anyMatch(b -> b.blocks(slot.practitionerId()) && slot.overlaps(b))) {
            forget(tenantId, request);
            throw taken(tenantId, request, records);
        }
    }

    private static boolean isSelf(BusyInterval busy, Appointment appointment) {
        String practitioner = appointment.practitioner() == null
                ? null
                : appointment.practitioner().ref();
        return busy.start().equals(appointment.start())
                && busy.end().equals(appointment.end())
                && Objects.equals(busy.practitionerId(), practitioner);
    }

    private SlotTakenException taken(String tenantId, BookingRequest request, ClinicRecords records) {
        List<Slot> offer;
        try {
            offer = alternatives.near(tenantId, records, request.slot(), properties.alternatives());
        } catch (RuntimeException e) {
            // the answer is "taken" either way; alternatives are a courtesy that may fail with Odoo
            LOG.warn("No alternatives for booking request {}: {}", request.requestKey(), e.getMessage());
            offer = List.of();
        }
        LOG.info("Slot taken for booking request {}; {} alternatives offered", request.requestKey(), offer.size());
        return new SlotTakenException(request.slot(), offer);
    }

    /**
     * Takes over an attempt that ended without knowing its outcome (and was not found in Odoo):
     * exactly one retry wins the state change, and with it the claim the attempt left.
     */
    private boolean resume(String tenantId, BookingRequest request) {
        return tx.inTenant(tenantId, jdbc -> {
            int won = jdbc.update(
                    "update booking_requests set state = 'PENDING', updated_at = now()"
                            + " where tenant_id = ? and request_key = ? and state = 'UNKNOWN'",
                    tenantId,
                    request.requestKey());
            if (won == 0) {
                throw new BookingInProgressException(request.requestKey());
            }
            int kept = jdbc.update(
                    "update slot_claims set expires_at = now() + make_interval(secs => ?)"
                            + " where tenant_id = ? and request_key = ?",
                    (double) properties.slotClaimTtl().toSeconds(),
                    tenantId,
                    request.requestKey());
            return kept == 1;
        });
    }

    private void markOutcomeUnknown(String tenantId, BookingRequest request) {
        tx.inTenant(
                tenantId,
                jdbc -> jdbc.update(
                        "update booking_requests set state = 'UNKNOWN', updated_at = now()"
                                + " where tenant_id = ? and request_key = ? and state = 'PENDING'",
                        tenantId,
                        request.requestKey()));
    }

    private void markBooked(String tenantId, BookingRequest request, String appointmentRef) {
        tx.inTenant(tenantId, jdbc -> {
            jdbc.update(
                    "update booking_requests set state = 'BOOKED', appointment_ref = ?, updated_at = now()"
                            + " where tenant_id = ? and request_key = ?",
                    appointmentRef,
                    tenantId,
                    request.requestKey());
            // the appointment is in Odoo now and blocks the slot there: the claim has done its job
            return jdbc.update(
                    "delete from slot_claims where tenant_id = ? and request_key = ?", tenantId, request.requestKey());
        });
    }

    /** Nothing was created: the key and the claim go, so the same key may try again. */
    private void forget(String tenantId, BookingRequest request) {
        tx.inTenant(tenantId, jdbc -> {
            jdbc.update(
                    "delete from slot_claims where tenant_id = ? and request_key = ?", tenantId, request.requestKey());
            return jdbc.update(
                    "delete from booking_requests where tenant_id = ? and request_key = ? and state = 'PENDING'",
                    tenantId,
                    request.requestKey());
        });
    }

    private static String practitionerKey(BookingRequest request) {
        return request.practitionerRef() == null ? ANY_PRACTITIONER : request.practitionerRef();
    }

    /** A request key's row as stored. */
    private record Recorded(
            boolean booked,
            boolean outcomeUnknown,
            String appointmentRef,
            String patientRef,
            String practitionerRef,
            Slot slot) {

        Appointment toAppointment(BookingRequest request) {
            return new Appointment(
                    appointmentRef,
                    slot.start(),
                    slot.end(),
                    practitionerRef == null ? null : new Practitioner(practitionerRef, null),
                    AppointmentStatus.CONFIRMED,
                    new PatientRef(patientRef));
        }
    }
}
