package com.dentalai.hub.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.OdooConnection;
import com.dentalai.hub.connectors.odoo.OdooResilience;
import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.OdooClinicRecords;
import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.BookingRequest;
import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.clinic.ClinicRecordsException;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.SlotTakenException;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hub's booking guarantees against the Odoo stand-in (tenant smile-tlv, dental mapping). */
@HubTest
class BookingServiceTest extends BookingTestSupport {

    @Autowired
    TenantTransactions tx;

    @Autowired
    MappingLoader mappings;

    BookingServiceTest() {
        super("Dr Booking", "Booking Test");
    }

    @Test
    void eightPatientsRacingForOneSlotMakeExactlyOneAppointment() throws Exception {
        Slot slot = slot("2030-03-04T08:00:00Z");
        List<PatientRef> patients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            patients.add(patient("+97252880000" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        List<Future<Appointment>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                BookingRequest request = new BookingRequest("race-" + i, patients.get(i), slot, null);
                Callable<Appointment> attempt = () -> {
                    start.await();
                    try {
                        return bookings.book(TENANT, records, request);
                    } catch (SlotTakenException e) {
                        taken.incrementAndGet();
                        return null;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int won = 0;
            for (Future<Appointment> result : results) {
                if (result.get(60, TimeUnit.SECONDS) != null) {
                    won++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(taken).hasValue(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(appointmentsAt(slot)).hasSize(1);
    }

    @Test
    void aSlotStaffBookedInOdooAfterTheOfferIsReOfferedWithAlternatives() {
        Slot slot = slot("2030-03-05T09:00:00Z");
        PatientRef patient = patient("+972528800101");
        // between the offer and the patient's "yes", the front desk books the slot in Odoo itself
        staffBooks("+972528800102", "2030-03-05 09:00:00", "2030-03-05 09:30:00");

        assertThatThrownBy(() -> bookings.book(TENANT, records, new BookingRequest("staff-1", patient, slot, null)))
                .isInstanceOfSatisfying(SlotTakenException.class, e -> {
                    assertThat(e.alternatives()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
                    assertThat(e.alternatives()).noneMatch(s -> s.overlaps(slot));
                    assertThat(e.alternatives()).allMatch(s -> doctor.equals(s.practitionerId()));
                });
        assertThat(appointmentsAt(slot)).hasSize(1);
    }

    @Test
    void theSameRequestKeyTwiceBooksOnce() {
        Slot slot = slot("2030-03-06T10:00:00Z");
        BookingRequest request = new BookingRequest("wa:msg-42", patient("+972528800201"), slot, "first visit");

        Appointment first = bookings.book(TENANT, records, request);
        long creates = odoo.callCount("create");
        Appointment again = bookings.book(TENANT, records, request);

        assertThat(again.ref()).isEqualTo(first.ref());
        assertThat(odoo.callCount("create")).isEqualTo(creates);
        assertThat(appointmentsAt(slot)).hasSize(1);
    }

    @Test
    void aCrashBetweenOdooCreateAndTheDatabaseUpdateIsRecoveredFromOdoo() {
        Slot slot = slot("2030-03-07T11:00:00Z");
        BookingRequest request = new BookingRequest("wa:msg-crash", patient("+972528800301"), slot, null);
        // the earlier attempt: key recorded as PENDING, appointment created in Odoo, then the hub died
        tx.inTenant(
                TENANT,
                jdbc -> jdbc.update(
                        "insert into booking_requests (tenant_id, request_key, state, patient_ref, practitioner_ref,"
                                + " slot_start, slot_end) values (?, ?, 'PENDING', ?, ?, ?, ?)",
                        TENANT,
                        request.requestKey(),
                        request.patientRef().id(),
                        doctor,
                        Timestamp.from(slot.start()),
                        Timestamp.from(slot.end())));
        Appointment made = records.book(request);
        long creates = odoo.callCount("create");

        Appointment recovered = bookings.book(TENANT, records, request);

        assertThat(recovered.ref()).isEqualTo(made.ref());
        assertThat(odoo.callCount("create")).isEqualTo(creates);
        assertThat(appointmentsAt(slot)).hasSize(1);
        String state = requestState(tx, request.requestKey());
        assertThat(state).isEqualTo("BOOKED");
    }

    @Test
    void whenOdooIsDownNothingIsLostAndTheRetryBooksOnce() {
        Slot slot = slot("2030-03-12T08:00:00Z");
        BookingRequest request = new BookingRequest("wa:outage", patient("+972528800601"), slot, null);
        // a client with a lenient breaker of its own: this outage must not open smile-tlv's for other
        // tests, and the retry below comes at once rather than after the breaker's open-state wait
        OdooClientFactory lenient = new OdooClientFactory(new OdooResilience(
                3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50), 50f, 100, 100, Duration.ofSeconds(1)));
        ClinicRecords outageRecords = new OdooClinicRecords(
                mappings.load("dental"),
                lenient.create(
                        OdooConnection.xmlRpc("smile-tlv-outage", odoo.url(), odoo.database(), "admin", "admin")),
                TenantRecords::toE164,
                Clock.systemUTC());
        odoo.setServiceUnavailable(true);
        try {
            assertThatThrownBy(() -> bookings.book(TENANT, outageRecords, request))
                    .isInstanceOfSatisfying(ClinicRecordsException.class, e -> assertThat(e.reason())
                            .isEqualTo(ClinicRecordsException.Reason.UNAVAILABLE));
        } finally {
            odoo.setServiceUnavailable(false);
        }
        String state = requestState(tx, request.requestKey());
        assertThat(state).isEqualTo("UNKNOWN");

        Appointment booked = bookings.book(TENANT, outageRecords, request);

        assertThat(booked.start()).isEqualTo(slot.start());
        assertThat(appointmentsAt(slot)).hasSize(1);
    }

    @Test
    void findingSlotsAndBookingTakesThreeOdooCalls() {
        Slot slot = slot("2030-03-10T12:00:00Z");
        PatientRef patient = patient("+972528800401");
        odoo.resetCallCounts();

        records.busyIntervals(slot.start().minusSeconds(4 * 3600), slot.start().plusSeconds(4 * 3600)); // find slots
        bookings.book(TENANT, records, new BookingRequest("wa:count", patient, slot, null)); // re-check + create

        assertThat(odoo.totalCalls()).isLessThanOrEqualTo(3);
    }

    @Test
    void anotherTenantCannotSeeTheRequestKeys() {
        Slot slot = slot("2030-03-11T08:00:00Z");
        bookings.book(TENANT, records, new BookingRequest("wa:rls", patient("+972528800501"), slot, null));

        Integer visible = tx.inTenant(
                "bright-haifa",
                jdbc -> jdbc.queryForObject(
                        "select count(*) from booking_requests where request_key = 'wa:rls'", Integer.class));
        assertThat(visible).isZero();
    }
}
