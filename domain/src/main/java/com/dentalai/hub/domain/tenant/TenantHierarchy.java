package com.dentalai.hub.domain.tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The known tenants and how they nest: a franchise HQ and its branches; a clinic stands alone. An
 * immutable snapshot: rebuild it when the tenants change. Unknown ids have an empty scope, so a
 * typo can never widen what someone sees.
 */
public final class TenantHierarchy {

    private final Map<String, Tenant> byId;
    private final Map<String, List<Tenant>> branchesByHq;

    public TenantHierarchy(Collection<Tenant> tenants) {
        Map<String, Tenant> ids = new LinkedHashMap<>();
        Map<String, List<Tenant>> branches = new LinkedHashMap<>();
        for (Tenant tenant : tenants) {
            Objects.requireNonNull(tenant.id(), "tenant id (validate the tenants first)");
            if (ids.putIfAbsent(tenant.id(), tenant) != null) {
                throw new IllegalArgumentException("duplicate tenant id " + tenant.id());
            }
        }
        for (Tenant tenant : ids.values()) {
            if (tenant.isBranch() && tenant.parent() != null) {
                Tenant hq = ids.get(tenant.parent());
                if (hq != null && hq.isHq()) {
                    branches.computeIfAbsent(hq.id(), k -> new ArrayList<>()).add(tenant);
                }
            }
        }
        branches.replaceAll((hq, list) -> List.copyOf(list));
        this.byId = Collections.unmodifiableMap(ids);
        this.branchesByHq = Collections.unmodifiableMap(branches);
    }

    public static TenantHierarchy of(Tenant... tenants) {
        return new TenantHierarchy(List.of(tenants));
    }

    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    /** The branches of an HQ in file order; empty for anything that is not a known HQ. */
    public List<Tenant> branchesOf(String hqId) {
        return hqId == null ? List.of() : branchesByHq.getOrDefault(hqId, List.of());
    }

    /** The HQ a branch belongs to, if any. */
    public Optional<Tenant> hqOf(String tenantId) {
        return find(tenantId)
                .filter(Tenant::isBranch)
                .flatMap(t -> find(t.parent()))
                .filter(Tenant::isHq);
    }

    public Set<String> allTenantIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(byId.keySet()));
    }

    public Collection<Tenant> all() {
        return byId.values();
    }

    /** The tenant itself plus, for an HQ, its branches; empty when the id is unknown. */
    public Set<String> scopeOf(String tenantId) {
        if (!contains(tenantId)) {
            return Set.of();
        }
        Set<String> scope = new LinkedHashSet<>();
        scope.add(tenantId);
        for (Tenant branch : branchesOf(tenantId)) {
            scope.add(branch.id());
        }
        return Collections.unmodifiableSet(scope);
    }
}
