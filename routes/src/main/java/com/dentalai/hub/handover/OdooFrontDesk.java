package com.dentalai.hub.handover;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.dentalai.hub.connectors.odoo.OdooValues;
import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.domain.clinic.ChatterMessage;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.OdooClients;
import com.dentalai.hub.odoo.StaffActivities;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The clinic's front desk in Odoo 17: activities for staff on the patient's record, the replies
 * staff write on its chatter, and whether they marked the activity done. Works on whatever model
 * the tenant's mapping stores patients in (res.partner, patient.patient): both are mail threads.
 */
@Component
class OdooFrontDesk {

    static final String ACTIVITY = "mail.activity";
    static final String MESSAGE = "mail.message";

    /** A record with a chatter. */
    record Target(String model, long recordId) {}

    private final OdooClients clients;
    private final MappingLoader mappings;
    private final HandoverProperties properties;
    private final StaffActivities staff;

    OdooFrontDesk(OdooClients clients, MappingLoader mappings, HandoverProperties properties, StaffActivities staff) {
        this.clients = clients;
        this.staff = staff;
        this.mappings = mappings;
        this.properties = properties;
    }

    /** The patient's own record, in the model the tenant's mapping names. */
    Target patient(Tenant tenant, String patientRef) {
        String model = mappings.load(tenant.odoo().mapping()).patient().model();
        return new Target(model, Long.parseLong(patientRef));
    }

    /**
     * Where an activity about someone the clinic has no record of goes: the contact of the
     * tenant's own company, which every Odoo has and staff can open (see docs/handover.md).
     */
    Target clinic(Tenant tenant) {
        OdooClient odoo = clients.clientFor(tenant);
        long company = tenant.odoo().companyId();
        List<Map<String, Object>> read = odoo.read("res.company", List.of(company), List.of("partner_id"));
        long partner = read.stream()
                .findFirst()
                .flatMap(r -> OdooValues.many2OneId(r.get("partner_id")))
                .orElseThrow(() -> new IllegalStateException("Odoo company " + company + " has no contact"));
        return new Target("res.partner", partner);
    }

    /**
     * A front-desk activity on {@code target}, due {@code deadline}; returns its id. Typed and
     * assigned as {@code hub.handover} configures; without a type or user Odoo fills in its
     * defaults (To-Do, the calling user).
     */
    long createActivity(Tenant tenant, Target target, String summary, String note, LocalDate deadline) {
        return staff.activity(
                tenant,
                target.model(),
                target.recordId(),
                summary,
                note,
                properties.activityType(),
                properties.frontDeskLoginFor(tenant.id()),
                deadline);
    }

    /**
     * Whether staff have not yet marked the activity done. Odoo 17 deletes a done activity (and
     * posts a "done" message); types that keep done activities archive them, which the default
     * active filter hides too. Either way: gone = done.
     */
    boolean activityOpen(Tenant tenant, long activityId) {
        return !clients.clientFor(tenant)
                .search(ACTIVITY, OdooDomain.where("id", "=", activityId), 1, 0, null)
                .isEmpty();
    }

    /**
     * Messages staff sent on the record after {@code sinceId}, oldest first: comments ("Send
     * message") in a public subtype, written by an internal user other than the hub's own. Log
     * notes (internal subtype), "activity done" notifications, e-mails and the hub's own posts
     * are left out.
     */
    List<ChatterMessage> staffReplies(Tenant tenant, Target target, long sinceId, int limit) {
        OdooClient odoo = clients.clientFor(tenant);
        long hubUser = odoo.authenticate();
        OdooDomain domain = OdooDomain.where("model", "=", target.model())
                .and(OdooDomain.where("res_id", "=", target.recordId()))
                .and(OdooDomain.where("id", ">", sinceId))
                .and(OdooDomain.where("message_type", "=", "comment"))
                .and(OdooDomain.where("subtype_id.internal", "=", false))
                .and(OdooDomain.where("is_internal", "=", false))
                .and(OdooDomain.where("create_uid.share", "=", false))
                .and(OdooDomain.where("create_uid", "!=", hubUser));
        return odoo.searchRead(MESSAGE, domain, List.of("id", "author_id", "body", "date"), limit, 0, "id asc").stream()
                .map(r -> new ChatterMessage(
                        OdooValues.longValue(r.get("id")).orElseThrow(),
                        OdooValues.many2One(r.get("author_id"))
                                .map(m -> m.name())
                                .orElse(null),
                        StaffText.plain(OdooValues.string(r.get("body")).orElse("")),
                        OdooValues.instant(r.get("date")).orElse(null)))
                .toList();
    }
}
