package com.dentalai.hub.notifications;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.dentalai.hub.connectors.odoo.OdooValues;
import com.dentalai.hub.odoo.OdooClients;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The clinic's staff as Odoo knows them: internal users ({@code share = false}), never portal
 * users or patients' partners, so a patient listed on a message is never "notified".
 */
@Component
class OdooStaff {

    /** An internal Odoo user: its uid, its partner (what mentions link to) and its email, if any. */
    record StaffUser(long uid, long partnerId, String email) {}

    private static final List<String> FIELDS = List.of("id", "partner_id", "email");

    private final OdooClients clients;

    OdooStaff(OdooClients clients) {
        this.clients = clients;
    }

    /** The internal users behind these partners (a partner without a user is not staff). */
    List<StaffUser> ofPartners(String tenantId, Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return read(
                tenantId,
                OdooDomain.where("partner_id", "in", new ArrayList<>(partnerIds))
                        .and(OdooDomain.where("share", "=", false)));
    }

    Optional<StaffUser> user(String tenantId, long uid) {
        return read(tenantId, OdooDomain.where("id", "=", uid).and(OdooDomain.where("share", "=", false))).stream()
                .findFirst();
    }

    private List<StaffUser> read(String tenantId, OdooDomain domain) {
        OdooClient odoo = clients.clientFor(tenantId);
        List<StaffUser> users = new ArrayList<>();
        for (Map<String, Object> r : odoo.searchRead("res.users", domain, FIELDS, 0, 0, "id asc")) {
            users.add(new StaffUser(
                    OdooValues.longValue(r.get("id")).orElseThrow(),
                    OdooValues.many2OneId(r.get("partner_id")).orElse(0L),
                    OdooValues.string(r.get("email")).orElse(null)));
        }
        return users;
    }
}
