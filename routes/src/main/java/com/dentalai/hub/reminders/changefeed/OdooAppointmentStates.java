package com.dentalai.hub.reminders.changefeed;

import com.dentalai.hub.connectors.odoo.OdooValues;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.AppointmentFields;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.AppointmentMapping;
import com.dentalai.hub.domain.clinic.AppointmentState;
import com.dentalai.hub.domain.clinic.AppointmentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads an appointment record through the tenant's mapping: which fields hold what. */
final class OdooAppointmentStates {

    private OdooAppointmentStates() {}

    /** The fields the feed reads, so a poll never pulls notes or other PHI it does not need. */
    static String fields(AppointmentMapping am) {
        AppointmentFields f = am.fields();
        List<String> fields = new ArrayList<>(List.of("id", "write_date"));
        for (String field : new String[] {f.start(), f.end(), f.status(), f.active(), f.practitioner(), f.patient()}) {
            if (field != null && !fields.contains(field)) {
                fields.add(field);
            }
        }
        return String.join(",", fields);
    }

    /**
     * The poll's domain: the mapping's filter, plus archived records where the model archives
     * (otherwise Odoo hides them, and a cancellation by archiving would never be seen).
     */
    static List<Object> domain(AppointmentMapping am) {
        List<Object> domain = new ArrayList<>(am.filter());
        if (am.fields().active() != null) {
            domain.add(List.of(am.fields().active(), "in", List.of(true, false)));
        }
        return domain;
    }

    static AppointmentState read(AppointmentMapping am, Map<String, Object> r) {
        AppointmentFields f = am.fields();
        AppointmentStatus status = f.status() == null
                ? AppointmentStatus.CONFIRMED
                : OdooValues.string(r.get(f.status())).map(am.statuses()::get).orElse(AppointmentStatus.CONFIRMED);
        boolean active = f.active() == null || !r.containsKey(f.active()) || OdooValues.bool(r.get(f.active()));
        String practitioner = f.practitioner() == null
                ? null
                : OdooValues.many2OneId(r.get(f.practitioner()))
                        .map(String::valueOf)
                        .orElse(null);
        Object patientValue = r.get(f.patient());
        Optional<Long> patient = am.patientLink() == OdooMapping.PatientLink.MANY2MANY
                ? OdooValues.ids(patientValue).stream().findFirst()
                : OdooValues.many2OneId(patientValue);
        return new AppointmentState(
                String.valueOf(OdooValues.longValue(r.get("id")).orElseThrow()),
                OdooValues.instant(r.get(f.start())).orElse(null),
                OdooValues.instant(r.get(f.end())).orElse(null),
                status,
                active,
                practitioner,
                patient.map(String::valueOf).orElse(null),
                Objects.toString(r.get("write_date"), null));
    }
}
