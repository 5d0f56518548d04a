package com.dentalai.hub.notifications;

import com.dentalai.hub.platform.db.TenantTransactions;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Maps an Odoo staff member to a hub user by email: the hub user whose username is that email
 * (usernames are the staff login and may be an email; the users table has no separate email
 * column). Only enabled users of the tenants that share the Odoo database are considered.
 */
@Component
class HubStaff {

    /** A hub user and the tenant it belongs to. */
    record HubUser(UUID id, String tenantId) {}

    private final TenantTransactions tx;

    HubStaff(TenantTransactions tx) {
        this.tx = tx;
    }

    Optional<HubUser> byEmail(Collection<String> tenantIds, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String username = email.trim().toLowerCase(Locale.ROOT);
        return tx.inTenants(tenantIds, jdbc -> jdbc
                .query(
                        "select id, tenant_id from users where username = ? and enabled",
                        (rs, i) -> new HubUser(rs.getObject(1, UUID.class), rs.getString(2)),
                        username)
                .stream()
                .findFirst());
    }
}
