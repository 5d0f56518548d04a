package com.dentalai.hub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.security.PermissionPolicy;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantHierarchy;
import com.dentalai.hub.domain.tenant.TenantKind;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditAccessTest {

    private static final ZoneId TLV = ZoneId.of("Asia/Jerusalem");
    private static final TenantHierarchy TENANTS = TenantHierarchy.of(
            Tenant.of("acme-hq", "Acme HQ", TenantKind.HQ, null, TLV, "he"),
            Tenant.of("acme-north", "Acme North", TenantKind.BRANCH, "acme-hq", TLV, "he"),
            Tenant.of("acme-south", "Acme South", TenantKind.BRANCH, "acme-hq", TLV, "he"),
            Tenant.of("smile-tlv", "Smile", TenantKind.CLINIC, null, TLV, "he"));

    private final AuditAccess access =
            new AuditAccess(new PermissionPolicy(TENANTS), () -> List.of("acme-hq", "retired-clinic"));

    @Test
    void hqAdminExportsItsHqAndBranches() {
        assertThat(access.exportScope(user("acme-hq", Role.HQ_ADMIN)))
                .containsExactlyInAnyOrder("acme-hq", "acme-north", "acme-south");
    }

    @Test
    void branchAdminExportsItsOwnTenant() {
        assertThat(access.exportScope(user("acme-north", Role.BRANCH_ADMIN))).containsExactly("acme-north");
        assertThat(access.exportScope(user("smile-tlv", Role.BRANCH_ADMIN))).containsExactly("smile-tlv");
    }

    @Test
    void platformAdminExportsEveryChainIncludingPlatformEvents() {
        Principal root = new Principal("u-root", "root", null, Set.of(Role.PLATFORM_ADMIN));
        assertThat(access.exportScope(root))
                .contains(AuditEvents.PLATFORM_TENANT, "acme-hq", "acme-north", "smile-tlv", "retired-clinic");
    }

    @Test
    void clinicalStaffMayNotExport() {
        assertThatThrownBy(() -> access.exportScope(user("smile-tlv", Role.DENTIST)))
                .isInstanceOf(AuditAccess.Denied.class);
    }

    @Test
    void verifyDefaultsToTheOwnTenantAndStaysInScope() {
        Principal northAdmin = user("acme-north", Role.BRANCH_ADMIN);
        assertThat(access.verifyTarget(northAdmin, null)).isEqualTo("acme-north");
        assertThatThrownBy(() -> access.verifyTarget(northAdmin, "acme-south")).isInstanceOf(AuditAccess.Denied.class);
        assertThatThrownBy(() -> access.verifyTarget(northAdmin, AuditEvents.PLATFORM_TENANT))
                .isInstanceOf(AuditAccess.Denied.class);

        Principal hqAdmin = user("acme-hq", Role.HQ_ADMIN);
        assertThat(access.verifyTarget(hqAdmin, "acme-south")).isEqualTo("acme-south");
        assertThatThrownBy(() -> access.verifyTarget(hqAdmin, "smile-tlv")).isInstanceOf(AuditAccess.Denied.class);
    }

    @Test
    void platformAdminVerifiesAnyChain() {
        Principal root = new Principal("u-root", "root", null, Set.of(Role.PLATFORM_ADMIN));
        assertThat(access.verifyTarget(root, null)).isEqualTo(AuditEvents.PLATFORM_TENANT);
        assertThat(access.verifyTarget(root, "retired-clinic")).isEqualTo("retired-clinic");
    }

    @Test
    void malformedTenantIsAValidationProblem() {
        Principal root = new Principal("u-root", "root", null, Set.of(Role.PLATFORM_ADMIN));
        assertThatThrownBy(() -> access.verifyTarget(root, "x' or 1=1")).isInstanceOf(AuditExportQuery.Invalid.class);
    }

    private static Principal user(String tenant, Role role) {
        return new Principal("u-" + tenant + "-" + role, "someone", tenant, Set.of(role));
    }
}
