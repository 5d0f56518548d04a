package com.dentalai.hub.reminders;

import com.dentalai.hub.domain.clinic.AppointmentChanged;
import com.dentalai.hub.domain.reminders.ReminderKind;
import com.dentalai.hub.domain.reminders.ReminderSchedule;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Keeps the schedule in step with the change feed: created or moved → the reminders of the new
 * start time (rows of earlier times superseded), cancelled → none, completed → one survey. Each
 * step is idempotent on (appointment, version, kind), so a repeated event changes nothing.
 */
@Component
class ReminderPlanner {

    private final ReminderStore store;
    private final TenantDirectory tenants;
    private final RemindersProperties properties;
    private final Clock clock;
    private final ObjectMapper json;

    ReminderPlanner(
            ReminderStore store,
            TenantDirectory tenants,
            RemindersProperties properties,
            Clock clock,
            ObjectMapper json) {
        this.store = store;
        this.json = json;
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
    }

    /** Body in: the event as the change feed wrote it (JSON); body out: the event. */
    public AppointmentChanged read(String body) throws JsonProcessingException {
        return json.readValue(body, AppointmentChanged.class);
    }

    /** The idempotent consumer's key: one event per appointment version and kind of change. */
    public String key(AppointmentChanged event) {
        return event.appointmentRef() + ":" + event.kind() + ":" + event.version() + ":" + event.start();
    }

    public void plan(AppointmentChanged event) {
        String tenant = event.tenant();
        switch (event.kind()) {
            case CANCELLED -> store.cancel(tenant, event.appointmentRef());
            case COMPLETED -> {
                // what was still due for the visit no longer applies; the survey follows it
                store.cancel(tenant, event.appointmentRef());
                store.plan(
                        tenant,
                        event.appointmentRef(),
                        ReminderRow.SURVEY_VERSION,
                        ReminderKind.SURVEY,
                        clock.instant().plus(properties.surveyDelay()),
                        event.start(),
                        event.patientRef());
            }
            case CREATED, MOVED, UPDATED -> schedule(tenants.require(tenant), event);
        }
    }

    private void schedule(Tenant tenant, AppointmentChanged event) {
        if (event.start() == null) {
            return;
        }
        String version = event.start().toString();
        store.supersede(tenant.id(), event.appointmentRef(), version);
        store.revive(tenant.id(), event.appointmentRef(), version);
        Instant now = clock.instant();
        for (ReminderSchedule.Due due : ReminderSchedule.plan(
                event.start(), tenant.timezone(), tenant.reminders(), now, properties.minLead())) {
            store.plan(
                    tenant.id(),
                    event.appointmentRef(),
                    version,
                    due.kind(),
                    due.at(),
                    event.start(),
                    event.patientRef());
        }
    }
}
