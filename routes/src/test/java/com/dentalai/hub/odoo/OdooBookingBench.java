package com.dentalai.hub.odoo;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.domain.clinic.BookingRequest;
import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.clinic.NewPatient;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.schedule.Slot;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bookings per second through the booking guard against the sandbox Odoo, and Odoo round trips
 * per booking (find slots → booked). Not part of the default build: run ops/bench/odoo-booking/run.sh.
 */
@HubTest
@Tag("bench")
class OdooBookingBench {

    static final int BOOKINGS = Integer.getInteger("bench.bookings", 200);

    @Autowired
    BookingService bookings;

    @Autowired
    TenantRecords tenantRecords;

    @Test
    void sequentialBookings() {
        OdooStandInServer odoo = SandboxOdoo.server();
        ClinicRecords records = tenantRecords.forTenant("smile-tlv");
        String doctor = Long.toString(odoo.seed("clinic.doctor", Map.of("doctor_name", "Dr Bench")));
        PatientRef patient = records.createPatient(new NewPatient("Bench", "+972529990000", "he", false));
        Instant base = Instant.parse("2031-01-05T06:00:00Z");
        for (int i = 0; i < 20; i++) { // warm-up: JIT, pools, login
            book(
                    records,
                    "warm-" + i,
                    patient,
                    new Slot(base.plusSeconds(i * 1800L), base.plusSeconds(i * 1800L + 1800), doctor));
        }
        odoo.resetCallCounts();
        Instant later = base.plus(Duration.ofDays(30));
        long started = System.nanoTime();
        for (int i = 0; i < BOOKINGS; i++) {
            Instant start = later.plusSeconds(i * 1800L);
            records.busyIntervals(start.minusSeconds(3600), start.plusSeconds(3600)); // the slot search
            book(records, "bench-" + i, patient, new Slot(start, start.plusSeconds(1800), doctor));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "odoo-booking bench: %d bookings in %.2f s = %.1f bookings/s; Odoo calls per booking (find slots + book) = %.2f%n",
                BOOKINGS, seconds, BOOKINGS / seconds, odoo.totalCalls() / (double) BOOKINGS);
    }

    private void book(ClinicRecords records, String key, PatientRef patient, Slot slot) {
        bookings.book("smile-tlv", records, new BookingRequest(key, patient, slot, null));
    }
}
