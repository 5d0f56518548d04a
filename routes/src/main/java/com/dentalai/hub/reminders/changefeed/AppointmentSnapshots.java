package com.dentalai.hub.reminders.changefeed;

import com.dentalai.hub.domain.clinic.AppointmentState;
import com.dentalai.hub.domain.clinic.AppointmentStatus;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The last state the change feed saw of each appointment (table appointment_snapshots, RLS). */
@Component
class AppointmentSnapshots {

    private final TenantTransactions tx;

    AppointmentSnapshots(TenantTransactions tx) {
        this.tx = tx;
    }

    Optional<AppointmentState> find(String tenantId, String appointmentRef) {
        return tx.inTenant(tenantId, jdbc -> jdbc
                .query(
                        "select appointment_ref, start_at, end_at, status, active, practitioner_ref, patient_ref,"
                                + " write_date from appointment_snapshots where tenant_id = ? and appointment_ref = ?",
                        (rs, i) -> read(rs),
                        tenantId,
                        appointmentRef)
                .stream()
                .findFirst());
    }

    void save(String tenantId, AppointmentState state) {
        tx.inTenant(
                tenantId,
                jdbc -> jdbc.update(
                        "insert into appointment_snapshots (tenant_id, appointment_ref, start_at, end_at, status,"
                                + " active, practitioner_ref, patient_ref, write_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (tenant_id, appointment_ref) do update set start_at = excluded.start_at,"
                                + " end_at = excluded.end_at, status = excluded.status, active = excluded.active,"
                                + " practitioner_ref = excluded.practitioner_ref, patient_ref = excluded.patient_ref,"
                                + " write_date = excluded.write_date, updated_at = now()",
                        tenantId,
                        state.appointmentRef(),
                        timestamp(state.start()),
                        timestamp(state.end()),
                        state.status().name(),
                        state.active(),
                        state.practitionerRef(),
                        state.patientRef(),
                        state.writeDate()));
    }

    private static AppointmentState read(ResultSet rs) throws SQLException {
        return new AppointmentState(
                rs.getString(1),
                instant(rs.getTimestamp(2)),
                instant(rs.getTimestamp(3)),
                AppointmentStatus.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
