package com.dentalai.hub.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.BookingRequest;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.SlotTakenException;
import com.dentalai.hub.domain.schedule.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A reschedule takes the booking's guarded path: request key, slot claim, Odoo re-check. */
@HubTest
class RescheduleGuardTest extends BookingTestSupport {

    RescheduleGuardTest() {
        super("Dr Reschedule", "Reschedule Test");
    }

    @Test
    void aReplayedMoveIsOneWriteAndAnswersTheSameAppointment() {
        PatientRef patient = patient("+972528810001");
        Appointment current = bookings.book(
                TENANT, records, new BookingRequest("rs-book-1", patient, slot("2030-04-01T08:00:00Z"), null));
        BookingRequest move = new BookingRequest("rs-move-1", patient, slot("2030-04-01T10:00:00Z"), null);
        long writes = odoo.callCount("write");

        Appointment moved = bookings.reschedule(TENANT, records, move, current);
        Appointment again = bookings.reschedule(TENANT, records, move, current);

        assertThat(moved.ref()).isEqualTo(current.ref());
        assertThat(moved.start()).isEqualTo(move.slot().start());
        assertThat(again.ref()).isEqualTo(current.ref());
        assertThat(again.start()).isEqualTo(move.slot().start());
        assertThat(odoo.callCount("write") - writes).isEqualTo(1);
        assertThat(appointmentsAt(move.slot())).hasSize(1);
        assertThat(appointmentsAt(slot("2030-04-01T08:00:00Z"))).isEmpty();
    }

    @Test
    void aMoveOntoATimeStaffBookedInOdooIsRefusedWithAlternatives() {
        PatientRef patient = patient("+972528810002");
        Appointment current = bookings.book(
                TENANT, records, new BookingRequest("rs-book-2", patient, slot("2030-04-02T08:00:00Z"), null));
        staffBooks("+972528810003", "2030-04-02 11:00:00", "2030-04-02 11:30:00");
        BookingRequest move = new BookingRequest("rs-move-2", patient, slot("2030-04-02T11:00:00Z"), null);

        assertThatThrownBy(() -> bookings.reschedule(TENANT, records, move, current))
                .isInstanceOf(SlotTakenException.class);
        assertThat(appointmentsAt(slot("2030-04-02T08:00:00Z"))).hasSize(1);
        assertThat(appointmentsAt(move.slot())).hasSize(1);
    }

    @Test
    void aMoveOverlappingItsOwnOldTimeIsAllowed() {
        PatientRef patient = patient("+972528810004");
        Instant start = Instant.parse("2030-04-03T08:00:00Z");
        Appointment current = bookings.book(
                TENANT,
                records,
                new BookingRequest("rs-book-4", patient, new Slot(start, start.plusSeconds(3600), doctor), null));
        BookingRequest move = new BookingRequest(
                "rs-move-4", patient, new Slot(start.plusSeconds(1800), start.plusSeconds(5400), doctor), null);

        Appointment moved = bookings.reschedule(TENANT, records, move, current);

        assertThat(moved.start()).isEqualTo(start.plusSeconds(1800));
    }

    @Test
    void aMoveRacingABookingForTheSameSlotLetsExactlyOneThrough() throws Exception {
        PatientRef mover = patient("+972528810005");
        PatientRef booker = patient("+972528810006");
        Appointment current = bookings.book(
                TENANT, records, new BookingRequest("rs-book-5", mover, slot("2030-04-04T08:00:00Z"), null));
        Slot contested = slot("2030-04-04T12:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            Callable<Boolean> move = () -> {
                go.await();
                return succeeded(() -> bookings.reschedule(
                        TENANT, records, new BookingRequest("rs-move-5", mover, contested, null), current));
            };
            Callable<Boolean> book = () -> {
                go.await();
                return succeeded(
                        () -> bookings.book(TENANT, records, new BookingRequest("rs-race-5", booker, contested, null)));
            };
            results.add(pool.submit(move));
            results.add(pool.submit(book));
            go.countDown();
            int won = 0;
            for (Future<Boolean> r : results) {
                won += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(appointmentsAt(contested)).hasSize(1);
    }

    private static boolean succeeded(Callable<Appointment> attempt) throws Exception {
        try {
            return attempt.call() != null;
        } catch (SlotTakenException e) {
            return false;
        }
    }
}
