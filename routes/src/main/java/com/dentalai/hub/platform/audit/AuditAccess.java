package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.domain.security.PermissionMatrix;
import com.dentalai.hub.domain.security.PermissionPolicy;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.tenant.TenantHierarchy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which audit chains a principal may read, decided by {@link PermissionPolicy} (HQ admins their
 * HQ and its branches, branch and clinic admins their own tenant, PLATFORM_ADMIN everything,
 * OPERATOR as the matrix says). Platform-wide principals also see the {@code _platform} chain and
 * chains of tenants no longer in the tenants file.
 */
@Component
class AuditAccess {

    /** The request or the policy refuses; the message names roles and tenants, never data. */
    static final class Denied extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Denied(String reason) {
            super(reason);
        }
    }

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9-]{1,63}|" + AuditEvents.PLATFORM_TENANT);

    private final Supplier<PermissionPolicy> policy;
    private final Supplier<List<String>> tenantsWithChains;

    @Autowired
    AuditAccess(ObjectProvider<PermissionPolicy> policies, ObjectProvider<TenantHierarchy> tenants, AuditStore store) {
        // the gate registers the hub's policy; until then the same rules over the known tenants
        PermissionPolicy fallback = new PermissionPolicy(
                () -> tenants.getIfAvailable(() -> new TenantHierarchy(List.of())), PermissionMatrix.standard());
        this.policy = () -> policies.getIfAvailable(() -> fallback);
        this.tenantsWithChains = store::tenantsWithChains;
    }

    AuditAccess(PermissionPolicy policy, Supplier<List<String>> tenantsWithChains) {
        this.policy = () -> policy;
        this.tenantsWithChains = tenantsWithChains;
    }

    /** Every tenant whose audit rows {@code p} may export; throws {@link Denied} when there is none. */
    Set<String> exportScope(Principal p) {
        PermissionPolicy policy = policy();
        Set<String> scope = new LinkedHashSet<>();
        if (policy.decide(p, Permission.AUDIT_EXPORT, null).allowed()) {
            scope.add(AuditEvents.PLATFORM_TENANT);
            scope.addAll(tenantsWithChains.get());
        }
        for (String tenant : policy.visibleTenants(p)) {
            if (policy.decide(p, Permission.AUDIT_EXPORT, tenant).allowed()) {
                scope.add(tenant);
            }
        }
        if (scope.isEmpty()) {
            throw new Denied(
                    policy.decide(p, Permission.AUDIT_EXPORT, p.tenantId()).reason());
        }
        return scope;
    }

    /**
     * The chain {@code p} asked to verify ({@code requested}, else its own tenant, else the
     * platform chain); throws {@link Denied} when it may not read it.
     */
    String verifyTarget(Principal p, String requested) {
        String tenant = requested == null || requested.isBlank()
                ? (p.tenantId() == null ? AuditEvents.PLATFORM_TENANT : p.tenantId())
                : requested.trim();
        if (!TENANT_ID.matcher(tenant).matches()) {
            throw new AuditExportQuery.Invalid(List.of(new AuditExportQuery.FieldProblem(
                    "tenant", "must be a tenant id ([a-z0-9-]+) or " + AuditEvents.PLATFORM_TENANT)));
        }
        String policyTenant = AuditEvents.PLATFORM_TENANT.equals(tenant) ? null : tenant;
        var decision = policy().decide(p, Permission.AUDIT_READ, policyTenant);
        if (decision.denied()) {
            throw new Denied(decision.reason());
        }
        return tenant;
    }

    private PermissionPolicy policy() {
        return policy.get();
    }
}
