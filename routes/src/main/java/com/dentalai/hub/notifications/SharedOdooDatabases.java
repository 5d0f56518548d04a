package com.dentalai.hub.notifications;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantKind;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tenants grouped by the Odoo database they use. An HQ and its branches often share one
 * multi-company database, and chatter has no company: polling it once per tenant would tell a
 * mentioned colleague four times. So each database is polled once, by its first tenant (the HQ
 * when there is one), and the hub user to tell is looked up across the whole group.
 */
@Component
class SharedOdooDatabases {

    private final TenantDirectory tenants;

    SharedOdooDatabases(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    /** The tenant that polls each database. */
    List<Tenant> pollers() {
        return groups().values().stream().map(group -> group.get(0)).toList();
    }

    /** The tenants sharing {@code tenantId}'s Odoo database (itself included). */
    List<String> scopeOf(String tenantId) {
        for (List<Tenant> group : groups().values()) {
            if (group.stream().anyMatch(t -> t.id().equals(tenantId))) {
                return group.stream().map(Tenant::id).toList();
            }
        }
        return List.of(tenantId);
    }

    private Map<String, List<Tenant>> groups() {
        List<Tenant> withOdoo = new ArrayList<>(
                tenants.all().stream().filter(t -> t.odoo() != null).toList());
        withOdoo.sort(
                Comparator.comparing((Tenant t) -> t.kind() != TenantKind.HQ).thenComparing(Tenant::id));
        Map<String, List<Tenant>> groups = new LinkedHashMap<>();
        for (Tenant t : withOdoo) {
            String key = t.odoo().url().replaceAll("/+$", "") + "|" + t.odoo().database();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        return groups;
    }
}
