package com.dentalai.hub.domain.security;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantHierarchy;
import com.dentalai.hub.domain.tenant.TenantKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * May this principal do this, in this tenant, to this record? The one place the hub answers it.
 *
 * <p><b>Permissions</b> come from {@link PermissionMatrix}; a principal with several roles gets
 * whatever any of its roles allows.
 *
 * <p><b>Tenant scope</b> of a role held by a principal whose tenant is {@code t}:
 *
 * <ul>
 *   <li>PLATFORM_ADMIN: every tenant (also ids not yet known, so it can create tenants) and
 *       platform-wide actions (no target tenant).
 *   <li>OPERATOR, INTEGRATOR, SYSTEM: with no tenant, every known tenant and platform-wide actions;
 *       bound to {@code t}, the scope of {@code t}.
 *   <li>HQ_ADMIN (valid only on an HQ), DENTIST, ASSISTANT, FRONT_DESK, READ_ONLY: {@code t} and, when
 *       {@code t} is an HQ, its branches ("HQ roles reach their HQ and its branches").
 *   <li>BRANCH_ADMIN (valid only on a branch or a clinic), PATIENT, EXTERNAL_GUEST: {@code t} only.
 * </ul>
 *
 * A role held on a tenant of the wrong kind, or on an unknown tenant, grants nothing. A tenant-bound
 * principal never acts platform-wide ({@code targetTenantId == null}); callers that default a
 * missing tenant should use the principal's own tenant.
 *
 * <p><b>Records</b>: {@link Reach#OWN} permissions (PATIENT) apply only to records whose owner ref
 * equals the principal's {@code id} — whoever builds a PATIENT principal sets its id to the patient
 * ref stored on appointments, files and conversations. {@link Reach#SHARED} permissions
 * (EXTERNAL_GUEST) apply only to records whose share list holds the principal's id. {@link
 * #decide} answers at the door (the route) and allows OWN/SHARED grants; the route must then call
 * {@link #decideOnRecord} for each record it touches.
 */
public final class PermissionPolicy {

    /** Roles only PLATFORM_ADMIN may grant: they act across tenants. */
    public static final Set<Role> PLATFORM_ROLES =
            Collections.unmodifiableSet(EnumSet.of(Role.PLATFORM_ADMIN, Role.OPERATOR, Role.INTEGRATOR));

    /**
     * Permissions reserved to one named system principal (an agent): whatever the matrix grants
     * SYSTEM, only {@code system:<name>} reaches them. The billing tool is Yosef's alone, so Dana's
     * tools, which run as the channels' system principals, are refused at the gate even if her
     * brain asks for it.
     */
    public static final Map<Permission, String> RESERVED = Map.of(Permission.BILLING_TOOL, "system:yosef");

    private final Supplier<TenantHierarchy> hierarchy;
    private final PermissionMatrix matrix;

    public PermissionPolicy(TenantHierarchy hierarchy) {
        this(() -> hierarchy, PermissionMatrix.standard());
    }

    /** For a hierarchy that is rebuilt when the tenants file changes. */
    public PermissionPolicy(Supplier<TenantHierarchy> hierarchy, PermissionMatrix matrix) {
        this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
        this.matrix = Objects.requireNonNull(matrix, "matrix");
    }

    public PermissionMatrix matrix() {
        return matrix;
    }

    /**
     * Whether {@code p} may use {@code needed} in {@code targetTenantId} ({@code null} = a
     * platform-wide action). OWN/SHARED grants are allowed here; check each record with {@link
     * #decideOnRecord}.
     */
    public Decision decide(Principal p, Permission needed, String targetTenantId) {
        Reach reach = reach(p, needed, targetTenantId);
        if (reach == Reach.NONE) {
            return deny(p, needed, targetTenantId);
        }
        String where = targetTenantId == null ? "platform-wide" : "in " + targetTenantId;
        String limit =
                switch (reach) {
                    case OWN -> " (own records only)";
                    case SHARED -> " (shared records only)";
                    default -> "";
                };
        return Decision.allow(p.id() + " may " + needed + " " + where + limit);
    }

    /** {@link #decideOnRecord(Principal, Permission, String, String, Set)} for a record shared with nobody. */
    public Decision decideOnRecord(Principal p, Permission needed, String recordTenant, String recordOwnerRef) {
        return decideOnRecord(p, needed, recordTenant, recordOwnerRef, Set.of());
    }

    /**
     * Whether {@code p} may use {@code needed} on one record of {@code recordTenant}, owned by
     * {@code recordOwnerRef} (the patient ref, may be null) and shared with {@code sharedWith}
     * (principal ids, may be empty).
     */
    public Decision decideOnRecord(
            Principal p, Permission needed, String recordTenant, String recordOwnerRef, Set<String> sharedWith) {
        Reach reach = reach(p, needed, recordTenant);
        switch (reach) {
            case TENANT:
                return Decision.allow(p.id() + " may " + needed + " on records of " + recordTenant);
            case OWN:
                return p.id().equals(recordOwnerRef)
                        ? Decision.allow(p.id() + " may " + needed + " on its own record")
                        : Decision.deny(p.id() + " may " + needed + " only on its own records");
            case SHARED:
                return sharedWith != null && sharedWith.contains(p.id())
                        ? Decision.allow(p.id() + " may " + needed + " on a record shared with it")
                        : Decision.deny(p.id() + " may " + needed + " only on records shared with it");
            default:
                return deny(p, needed, recordTenant);
        }
    }

    /** The widest reach any of the principal's roles gives for {@code needed} in the target tenant. */
    public Reach reach(Principal p, Permission needed, String targetTenantId) {
        String reservedFor = RESERVED.get(needed);
        if (reservedFor != null && !reservedFor.equals(p.id())) {
            return Reach.NONE;
        }
        Reach widest = Reach.NONE;
        for (Role role : p.roles()) {
            Reach reach = matrix.reach(role, needed);
            if (reach.compareTo(widest) > 0 && reaches(p, role, targetTenantId)) {
                widest = reach;
            }
        }
        return widest;
    }

    /**
     * The tenants whose rows the principal may see at all: the set handed to row-level security
     * ({@code hub.tenant_ids}). Records inside are still filtered by {@link #decideOnRecord}.
     */
    public Set<String> visibleTenants(Principal p) {
        Set<String> visible = new LinkedHashSet<>();
        for (Role role : p.roles()) {
            visible.addAll(scope(p, role));
        }
        return Collections.unmodifiableSet(visible);
    }

    /**
     * Whether {@code granter} may give {@code role} to a user of {@code targetTenant} ({@code null}
     * for a platform-level user). Rules: nobody grants SYSTEM; only PLATFORM_ADMIN grants
     * PLATFORM_ADMIN, OPERATOR and INTEGRATOR; otherwise the granter needs USERS_MANAGE in the
     * target tenant, and the granted role must hold no permission the granter lacks ("at or below
     * its own") and must fit the target tenant's kind (HQ_ADMIN on an HQ, BRANCH_ADMIN on a branch
     * or clinic).
     */
    public boolean mayGrant(Principal granter, Role role, String targetTenant) {
        if (role == Role.SYSTEM || !fits(role, targetTenant)) {
            return false;
        }
        if (granter.has(Role.PLATFORM_ADMIN)) {
            return true;
        }
        if (PLATFORM_ROLES.contains(role) || targetTenant == null) {
            return false;
        }
        if (reach(granter, Permission.USERS_MANAGE, targetTenant) != Reach.TENANT) {
            return false;
        }
        Set<Permission> granterHolds = EnumSet.noneOf(Permission.class);
        for (Role held : granter.roles()) {
            if (reaches(granter, held, targetTenant)) {
                granterHolds.addAll(matrix.permissionsOf(held));
            }
        }
        return granterHolds.containsAll(matrix.permissionsOf(role));
    }

    private boolean reaches(Principal p, Role role, String targetTenantId) {
        if (role == Role.PLATFORM_ADMIN) {
            return true;
        }
        if (targetTenantId == null) {
            return p.tenantId() == null && isPlatformLevel(role);
        }
        return scope(p, role).contains(targetTenantId);
    }

    private Set<String> scope(Principal p, Role role) {
        TenantHierarchy tenants = hierarchy.get();
        if (role == Role.PLATFORM_ADMIN || (p.tenantId() == null && isPlatformLevel(role))) {
            return tenants.allTenantIds();
        }
        Optional<TenantKind> kind = tenants.find(p.tenantId()).map(Tenant::kind);
        if (kind.isEmpty() || !fitsKind(role, kind.get())) {
            return Set.of();
        }
        return switch (role) {
            case BRANCH_ADMIN, PATIENT, EXTERNAL_GUEST -> Set.of(p.tenantId());
            default -> tenants.scopeOf(p.tenantId());
        };
    }

    private boolean fits(Role role, String targetTenant) {
        if (role == Role.PLATFORM_ADMIN) {
            return targetTenant == null;
        }
        if (targetTenant == null) {
            return isPlatformLevel(role);
        }
        return hierarchy
                .get()
                .find(targetTenant)
                .map(t -> fitsKind(role, t.kind()))
                .orElse(false);
    }

    private static boolean fitsKind(Role role, TenantKind kind) {
        return switch (role) {
            case HQ_ADMIN -> kind == TenantKind.HQ;
            case BRANCH_ADMIN -> kind == TenantKind.BRANCH || kind == TenantKind.CLINIC;
            default -> true;
        };
    }

    private static boolean isPlatformLevel(Role role) {
        return role == Role.OPERATOR || role == Role.INTEGRATOR || role == Role.SYSTEM || role == Role.PLATFORM_ADMIN;
    }

    private Decision deny(Principal p, Permission needed, String targetTenantId) {
        String reservedFor = RESERVED.get(needed);
        if (reservedFor != null && !reservedFor.equals(p.id())) {
            return Decision.deny(needed + " is reserved to " + reservedFor);
        }
        boolean anyRoleHasIt = p.roles().stream().anyMatch(r -> matrix.reach(r, needed) != Reach.NONE);
        if (!anyRoleHasIt) {
            return Decision.deny("no role of " + p.id() + " grants " + needed);
        }
        return targetTenantId == null
                ? Decision.deny(p.id() + " is bound to a tenant and cannot act platform-wide")
                : Decision.deny("tenant " + targetTenantId + " is outside the scope of " + p.id());
    }
}
