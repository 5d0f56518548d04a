package com.dentalai.hub.reminders;

import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.AppointmentMapping;
import com.dentalai.hub.domain.clinic.AppointmentStatus;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.OdooClients;
import com.dentalai.hub.odoo.StaffActivities;
import com.dentalai.hub.odoo.TenantRecords;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What reminders and surveys leave in the clinic's Odoo, where staff work: notes on the
 * appointment's chatter ({@code message_post}), the confirmed status, cancellations (through the
 * records code Dana's cancel uses), and {@code mail.activity} to-dos "call the patient" when no
 * message could reach them.
 */
@Component
class FrontDesk {

    /** Odoo's stock activity type for phoning someone. */
    private static final String CALL = "Call";

    private final TenantRecords records;
    private final StaffActivities staff;
    private final OdooClients clients;
    private final MappingLoader mappings;
    private final Clock clock;

    FrontDesk(TenantRecords records, StaffActivities staff, OdooClients clients, MappingLoader mappings, Clock clock) {
        this.records = records;
        this.staff = staff;
        this.clients = clients;
        this.mappings = mappings;
        this.clock = clock;
    }

    void note(Tenant tenant, String appointmentRef, String text) {
        staff.note(tenant, RecordRef.ofAppointment(appointmentRef), text);
    }

    /**
     * The patient confirmed. With a status field (dental mapping) the appointment moves to the
     * status the mapping reads as CONFIRMED; without one (standard calendar.event) the note on the
     * chatter is the confirmation (docs/reminders.md).
     */
    void confirm(Tenant tenant, String appointmentRef, String note) {
        AppointmentMapping am = mapping(tenant);
        Optional<String> confirmed = am.fields().status() == null
                ? Optional.empty()
                : am.statuses().entrySet().stream()
                        .filter(e -> e.getValue() == AppointmentStatus.CONFIRMED)
                        .map(Map.Entry::getKey)
                        .findFirst();
        if (confirmed.isPresent()) {
            clients.clientFor(tenant)
                    .write(
                            am.model(),
                            List.of(Long.parseLong(appointmentRef)),
                            Map.of(am.fields().status(), confirmed.get()));
        }
        note(tenant, appointmentRef, note);
    }

    /** Cancels in Odoo as the mapping says (status or archive): the slot is free again. */
    void cancel(Tenant tenant, String appointmentRef, String reason) {
        records.forTenant(tenant).cancel(appointmentRef, reason);
    }

    /** A to-do on the appointment for the front desk: call the patient. Returns the activity id. */
    long callPatient(Tenant tenant, String appointmentRef, String summary, String note) {
        // due today in the clinic's own time zone; no assignee: Odoo gives it to the hub's user
        return staff.activity(
                tenant,
                mapping(tenant).model(),
                Long.parseLong(appointmentRef),
                summary,
                note,
                CALL,
                null,
                LocalDate.now(clock.withZone(tenant.timezone())));
    }

    private AppointmentMapping mapping(Tenant tenant) {
        return mappings.load(tenant.odoo().mapping()).appointment();
    }
}
