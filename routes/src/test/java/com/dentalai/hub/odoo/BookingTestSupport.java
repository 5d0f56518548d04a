package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.clinic.NewPatient;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the booking tests share: the booking service over smile-tlv's records in the Odoo stand-in,
 * a doctor of the test's own (seeded per test, so tests never contend for one calendar), half-hour
 * slots on that doctor, patients, staff bookings made in Odoo itself and the live appointments on a
 * slot.
 */
abstract class BookingTestSupport {

    static final String TENANT = "smile-tlv";

    @Autowired
    BookingService bookings;

    @Autowired
    TenantRecords tenantRecords;

    final OdooStandInServer odoo = SandboxOdoo.server();
    ClinicRecords records;
    String doctor;
    private final String doctorName;
    private final String patientName;

    BookingTestSupport(String doctorName, String patientName) {
        this.doctorName = doctorName;
        this.patientName = patientName;
    }

    @BeforeEach
    void seedDoctor() {
        records = tenantRecords.forTenant(TENANT);
        doctor = Long.toString(odoo.seed("clinic.doctor", Map.of("doctor_name", doctorName)));
    }

    /** Half an hour on the test's doctor from {@code start} (ISO instant). */
    Slot slot(String start) {
        Instant at = Instant.parse(start);
        return new Slot(at, at.plusSeconds(1800), doctor);
    }

    PatientRef patient(String phone) {
        return records.createPatient(new NewPatient(patientName, phone, "he", false));
    }

    /** The front desk books {@code start}–{@code stop} (Odoo UTC times) in Odoo itself for a new patient. */
    void staffBooks(String phone, String start, String stop) {
        odoo.seed(
                "patient.appointment",
                Map.of(
                        "patient_id",
                        Long.parseLong(patient(phone).id()),
                        "doctor_id",
                        Long.parseLong(doctor),
                        "start",
                        start,
                        "stop",
                        stop,
                        "appointment_status",
                        "confirm"));
    }

    /** The live (not cancelled) appointments starting at {@code slot} on the test's doctor. */
    List<Map<String, Object>> appointmentsAt(Slot slot) {
        return odoo.searchRead(
                "patient.appointment",
                List.of(
                        List.of("doctor_id", "=", Long.parseLong(doctor)),
                        List.of(
                                "start",
                                "=",
                                slot.start().toString().replace("T", " ").replace("Z", "")),
                        List.of("appointment_status", "!=", "cancelled")));
    }

    /** The hub's own record of a booking request's state. */
    static String requestState(TenantTransactions tx, String requestKey) {
        return tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForObject(
                        "select state from booking_requests where tenant_id = ? and request_key = ?",
                        String.class,
                        TENANT,
                        requestKey));
    }
}
