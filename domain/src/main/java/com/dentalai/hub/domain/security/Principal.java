package com.dentalai.hub.domain.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a staff user, a patient on a channel, or a named system principal (timer, poller,
 * webhook). {@code tenantId} is the tenant the principal belongs to; {@code null} only for
 * PLATFORM_ADMIN and system principals that serve every tenant.
 */
public record Principal(String id, String name, String tenantId, Set<Role> roles) {

    public Principal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public static Principal system(String name, String tenantId) {
        return new Principal("system:" + name, name, tenantId, Set.of(Role.SYSTEM));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
