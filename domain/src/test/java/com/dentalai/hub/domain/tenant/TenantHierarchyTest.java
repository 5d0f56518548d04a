package com.dentalai.hub.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TenantHierarchyTest {

    private static final ZoneId TLV = ZoneId.of("Asia/Jerusalem");
    private static final Tenant HQ = Tenant.of("acme-hq", "Acme", TenantKind.HQ, null, TLV, "he");
    private static final Tenant NORTH = Tenant.of("acme-north", "North", TenantKind.BRANCH, "acme-hq", TLV, "he");
    private static final Tenant SOUTH = Tenant.of("acme-south", "South", TenantKind.BRANCH, "acme-hq", TLV, "he");
    private static final Tenant CLINIC = Tenant.of("smile-tlv", "Smile", TenantKind.CLINIC, null, TLV, "he");
    private static final Tenant ORPHAN = Tenant.of("orphan", "Orphan", TenantKind.BRANCH, "smile-tlv", TLV, "he");

    private final TenantHierarchy tenants = TenantHierarchy.of(HQ, NORTH, CLINIC, SOUTH, ORPHAN);

    @Test
    void anHqScopesItselfAndItsBranches() {
        assertThat(tenants.scopeOf("acme-hq")).containsExactly("acme-hq", "acme-north", "acme-south");
        assertThat(tenants.branchesOf("acme-hq")).containsExactly(NORTH, SOUTH);
        assertThat(tenants.hqOf("acme-south")).contains(HQ);
    }

    @Test
    void branchesAndClinicsScopeOnlyThemselves() {
        assertThat(tenants.scopeOf("acme-north")).containsExactly("acme-north");
        assertThat(tenants.scopeOf("smile-tlv")).containsExactly("smile-tlv");
        assertThat(tenants.branchesOf("smile-tlv"))
                .as("a branch under a clinic is ignored")
                .isEmpty();
        assertThat(tenants.hqOf("orphan")).isEmpty();
        assertThat(tenants.hqOf("smile-tlv")).isEmpty();
    }

    @Test
    void unknownIdsHaveNoScope() {
        assertThat(tenants.scopeOf("nope")).isEmpty();
        assertThat(tenants.scopeOf(null)).isEmpty();
        assertThat(tenants.find(null)).isEmpty();
        assertThat(tenants.find("nope")).isEmpty();
        assertThat(tenants.branchesOf(null)).isEmpty();
        assertThat(tenants.contains(null)).isFalse();
    }

    @Test
    void listsAllIdsInFileOrderAndRejectsDuplicates() {
        assertThat(tenants.allTenantIds())
                .containsExactly("acme-hq", "acme-north", "smile-tlv", "acme-south", "orphan");
        assertThat(tenants.all()).hasSize(5);
        assertThat(tenants.find("smile-tlv")).contains(CLINIC);
        assertThatThrownBy(() -> TenantHierarchy.of(CLINIC, CLINIC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smile-tlv");
    }
}
