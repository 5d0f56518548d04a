package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.dentalai.hub.connectors.odoo.OdooValues;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.domain.tenant.Tenant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the hub leaves for the clinic's front desk in Odoo, where staff work: {@code mail.activity}
 * to-dos and notes on a record's chatter. Reminders, handover/alerts and billing all write these;
 * one place keeps the {@code ir.model} / activity-type / user look-ups and the values Odoo 17 wants
 * the same for all of them.
 */
@Component
public class StaffActivities {

    static final String ACTIVITY = "mail.activity";

    private final OdooClients clients;
    private final TenantRecords records;

    StaffActivities(OdooClients clients, TenantRecords records) {
        this.clients = clients;
        this.records = records;
    }

    /**
     * A to-do on record {@code resId} of {@code model}, due {@code deadline}; returns its id.
     *
     * @param type the activity type's name; when Odoo has none by that name Odoo uses its default (To-Do)
     * @param assigneeLogin the login of the user to assign, or null; unknown or null leaves Odoo's
     *     default (the calling user, i.e. the hub's)
     */
    public long activity(
            Tenant tenant,
            String model,
            long resId,
            String summary,
            String note,
            String type,
            String assigneeLogin,
            LocalDate deadline) {
        OdooClient odoo = clients.clientFor(tenant);
        // mail.activity points at its record through ir.model's id, not the model's name
        long modelId = odoo.search("ir.model", OdooDomain.where("model", "=", model), 1, 0, null).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Odoo knows no model " + model));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("res_model_id", modelId);
        values.put("res_id", resId);
        values.put("summary", summary);
        values.put("note", note);
        values.put("date_deadline", OdooValues.date(deadline));
        activityType(odoo, type).ifPresent(id -> values.put("activity_type_id", id));
        user(odoo, assigneeLogin).ifPresent(id -> values.put("user_id", id));
        return odoo.create(ACTIVITY, values);
    }

    /** A note on the record's chatter, through the tenant's mapping (Odoo escapes the plain text). */
    public void note(Tenant tenant, RecordRef record, String text) {
        records.forTenant(tenant).postNote(record, text);
    }

    private static Optional<Long> activityType(OdooClient odoo, String name) {
        // the lowest id wins when a database has several types of that name, so the pick is stable
        return odoo.search("mail.activity.type", OdooDomain.where("name", "=", name), 1, 0, "id asc").stream()
                .findFirst();
    }

    private static Optional<Long> user(OdooClient odoo, String login) {
        if (login == null) {
            return Optional.empty();
        }
        return odoo.search("res.users", OdooDomain.where("login", "=", login), 1, 0, null).stream()
                .findFirst();
    }
}
