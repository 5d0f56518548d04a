package com.dentalai.hub.billing;

import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.AccessDeniedException;
import com.dentalai.hub.platform.gate.GateRestriction;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The gate's billing rule: while a tenant is SUSPENDED, every permission whose name says it
 * changes something ({@code *_WRITE}, {@code *_MANAGE}, {@code *_BOOK}, {@code *_UPLOAD}) is
 * refused in that tenant; reads, chat (Dana answers politely herself) and webhooks go on, and
 * nothing is deleted. Exempt: BILLING_MANAGE (a suspended tenant must be able to pay) and
 * PLATFORM_ADMIN (support must be able to repair). Reactivation lifts the rule on the next event.
 */
@Component
class SuspendedTenantWrites implements GateRestriction {

    static final List<String> WRITE_SUFFIXES = List.of("_WRITE", "_MANAGE", "_BOOK", "_UPLOAD");

    private final TenantStanding standing;

    SuspendedTenantWrites(TenantStanding standing) {
        this.standing = standing;
    }

    @Override
    public Optional<AccessDeniedException> refuse(HubContext context, String routeId, Permission needed) {
        if (!isWrite(needed)
                || context.tenantId() == null
                || context.principal().has(Role.PLATFORM_ADMIN)) {
            return Optional.empty();
        }
        return standing.isSuspended(context.tenantId())
                ? Optional.of(new TenantSuspendedException(routeId, needed.name(), context.tenantId()))
                : Optional.empty();
    }

    static boolean isWrite(Permission permission) {
        return permission != Permission.BILLING_MANAGE
                && WRITE_SUFFIXES.stream().anyMatch(permission.name()::endsWith);
    }
}
