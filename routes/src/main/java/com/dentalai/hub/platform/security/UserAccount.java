package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A hub user as the API shows it (never the password hash).
 *
 * @param tenant the user's tenant; {@code null} for platform-level users
 */
record UserAccount(
        UUID id,
        String tenant,
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        Instant createdAt) {

    UserAccount {
        roles = Set.copyOf(roles);
    }

    Principal toPrincipal() {
        return new Principal(id.toString(), username, tenant, roles);
    }
}
