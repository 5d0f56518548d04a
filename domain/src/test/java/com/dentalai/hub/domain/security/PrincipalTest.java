package com.dentalai.hub.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrincipalTest {

    @Test
    void systemPrincipalsCarryOnlyTheSystemRole() {
        Principal poller = Principal.system("odoo-poller", "smile-tlv");

        assertThat(poller.id()).isEqualTo("system:odoo-poller");
        assertThat(poller.has(Role.SYSTEM)).isTrue();
        assertThat(poller.has(Role.PLATFORM_ADMIN)).isFalse();
    }

    @Test
    void rolesAreCopiedSoTheyCannotChangeAfterTheFact() {
        java.util.Set<Role> roles = new java.util.HashSet<>(java.util.Set.of(Role.DENTIST));
        Principal dentist = new Principal("u1", "dana", "smile-tlv", roles);

        roles.add(Role.PLATFORM_ADMIN);

        assertThat(dentist.has(Role.PLATFORM_ADMIN)).isFalse();
        assertThat(com.dentalai.hub.domain.tenant.TenantKind.valueOf("BRANCH")).isNotNull();
        assertThat(Permission.valueOf("AUDIT_EXPORT")).isNotNull();
    }
}
