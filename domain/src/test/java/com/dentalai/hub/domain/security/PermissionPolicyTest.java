package com.dentalai.hub.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantHierarchy;
import com.dentalai.hub.domain.tenant.TenantKind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionPolicyTest {

    /**
     * The documented matrix, written out independently of {@link PermissionMatrix}. Columns follow
     * {@link Role} order: HQ_ADMIN BRANCH_ADMIN DENTIST ASSISTANT FRONT_DESK READ_ONLY EXTERNAL_GUEST
     * PATIENT OPERATOR INTEGRATOR PLATFORM_ADMIN SYSTEM. T = tenant scope, O = own, S = shared.
     */
    private static final String EXPECTED =
            """
            AUTHENTICATED          T T T T T T T T T T T -
            USERS_READ             T T - - - - - - - - T -
            USERS_MANAGE           T T - - - - - - - - T -
            TENANTS_MANAGE         - - - - - - - - - - T -
            AUDIT_READ             T T - - - - - - T - T -
            AUDIT_EXPORT           T T - - - - - - T - T -
            DEAD_LETTERS_MANAGE    - - - - - - - - T - T -
            ROUTES_OPERATE         - - - - - - - - T - T -
            NLU_PARSE              - - - - - - - - T T T -
            ODOO_CHECK             T T - - - - - - T - T -
            ODOO_READ              T T T T T T - - - - T T
            ODOO_WRITE             T T T T T - - - - - T T
            APPOINTMENTS_READ_OWN  T T T T T T - O - - T -
            APPOINTMENTS_BOOK      T T T T T - - O - - T -
            APPOINTMENTS_MANAGE    T T T T T - - - - - T -
            PATIENTS_READ          T T T T T T S O - - T -
            PATIENTS_WRITE         T T T T T - - - - - T -
            FILES_UPLOAD           T T T T T - - O - - T -
            FILES_READ             T T T T T T S O - - T -
            CHAT_CONVERSE          T T T T T - - O - - T -
            WEBHOOK_INGEST         - - - - - - - - - - T T
            BILLING_READ           T T - - T T - - - - T -
            BILLING_MANAGE         T T - - - - - - - - T -
            BILLING_TOOL           - - - - - - - - - - - T
            INTEGRATION_ROUTE_RUN  - - - - - - - - - T T -
            SCHEDULER_RUN          - - - - - - - - - - T T
            CHANNELS_MANAGE        T T - - - - - - - - T -
            NOTIFICATIONS_READ     T T T T T T - - - - T -
            """;

    private static final ZoneId TLV = ZoneId.of("Asia/Jerusalem");
    private static final String HQ = "acme-hq";
    private static final String NORTH = "acme-north";
    private static final String SOUTH = "acme-south";
    private static final String SMILE = "smile-tlv";
    private static final String BRIGHT = "bright-hfa";
    private static final String GHOST = "ghost";

    private static final TenantHierarchy TENANTS = TenantHierarchy.of(
            Tenant.of(HQ, "Acme HQ", TenantKind.HQ, null, TLV, "he"),
            Tenant.of(NORTH, "Acme North", TenantKind.BRANCH, HQ, TLV, "he"),
            Tenant.of(SOUTH, "Acme South", TenantKind.BRANCH, HQ, TLV, "he"),
            Tenant.of(SMILE, "Smile", TenantKind.CLINIC, null, TLV, "he"),
            Tenant.of(BRIGHT, "Bright", TenantKind.CLINIC, null, TLV, "en"));

    private final PermissionPolicy policy = new PermissionPolicy(TENANTS);

    private static Map<Role, Map<Permission, Reach>> expectedMatrix() {
        Map<Role, Map<Permission, Reach>> matrix = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            matrix.put(role, new EnumMap<>(Permission.class));
        }
        EXPECTED.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            assertThat(cells).hasSize(Role.values().length + 1);
            Permission permission = Permission.valueOf(cells[0]);
            for (Role role : Role.values()) {
                matrix.get(role).put(permission, reachOf(cells[role.ordinal() + 1]));
            }
        });
        return matrix;
    }

    private static Reach reachOf(String cell) {
        return switch (cell) {
            case "T" -> Reach.TENANT;
            case "O" -> Reach.OWN;
            case "S" -> Reach.SHARED;
            default -> Reach.NONE;
        };
    }

    /** Independent statement of the scope rules of CONTRACTS.md "Roles and scope". */
    private static boolean expectedInScope(Role role, String principalTenant, String target) {
        if (role == Role.PLATFORM_ADMIN) {
            return true;
        }
        boolean platformLevel = role == Role.OPERATOR || role == Role.INTEGRATOR || role == Role.SYSTEM;
        if (principalTenant == null) {
            return platformLevel && (target == null || TENANTS.contains(target));
        }
        if (target == null || GHOST.equals(target)) {
            return false;
        }
        boolean atHq = HQ.equals(principalTenant);
        if ((role == Role.HQ_ADMIN && !atHq) || (role == Role.BRANCH_ADMIN && atHq)) {
            return false;
        }
        if (target.equals(principalTenant)) {
            return true;
        }
        boolean ownTenantOnly = role == Role.BRANCH_ADMIN || role == Role.PATIENT || role == Role.EXTERNAL_GUEST;
        return !ownTenantOnly && atHq && (target.equals(NORTH) || target.equals(SOUTH));
    }

    @Test
    void everyPermissionHasARowInTheDocumentedMatrix() {
        assertThat(expectedMatrix().get(Role.PLATFORM_ADMIN)).containsOnlyKeys(Permission.values());
    }

    @Test
    void codeMatrixEqualsTheDocumentedMatrix() {
        Map<Role, Map<Permission, Reach>> expected = expectedMatrix();
        for (Role role : Role.values()) {
            for (Permission permission : Permission.values()) {
                assertThat(policy.matrix().reach(role, permission))
                        .as("%s × %s", role, permission)
                        .isEqualTo(expected.get(role).get(permission));
            }
        }
    }

    @Test
    void fuzzEveryRolePermissionAndTenantRelation() {
        Map<Role, Map<Permission, Reach>> expected = expectedMatrix();
        List<String> principalTenants = Arrays.asList(HQ, NORTH, SMILE, null, GHOST);
        List<String> targets = Arrays.asList(HQ, NORTH, SOUTH, SMILE, BRIGHT, GHOST, null);
        int checked = 0;
        for (Role role : Role.values()) {
            for (String home : principalTenants) {
                Principal p = new Principal("u-" + role, "user", home, Set.of(role));
                for (Permission permission : Permission.values()) {
                    for (String target : targets) {
                        Reach reach = expected.get(role).get(permission);
                        // reserved tools reach only their one named system principal, never "u-SYSTEM"
                        boolean reserved = PermissionPolicy.RESERVED.containsKey(permission);
                        boolean allowed = !reserved && reach != Reach.NONE && expectedInScope(role, home, target);
                        Decision decision = policy.decide(p, permission, target);
                        assertThat(decision.allowed())
                                .as("%s@%s %s -> %s: %s", role, home, permission, target, decision.reason())
                                .isEqualTo(allowed);
                        assertThat(policy.reach(p, permission, target)).isEqualTo(allowed ? reach : Reach.NONE);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(Role.values().length * 5 * Permission.values().length * 7);
    }

    @Test
    void noTenantBoundPrincipalEverReachesAnotherClinicOrFranchise() {
        Map<String, Set<String>> foreign = Map.of(
                SMILE, Set.of(BRIGHT, HQ, NORTH, SOUTH),
                NORTH, Set.of(SMILE, BRIGHT, HQ, SOUTH),
                HQ, Set.of(SMILE, BRIGHT));
        Set<Role> allButPlatformAdmin = EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN));
        foreign.forEach((home, others) -> {
            Principal everything = new Principal("u", "all roles", home, allButPlatformAdmin);
            for (Permission permission : Permission.values()) {
                for (String other : others) {
                    assertThat(policy.decide(everything, permission, other).allowed())
                            .as("%s from %s into %s", permission, home, other)
                            .isFalse();
                    assertThat(policy.decideOnRecord(everything, permission, other, "u", Set.of("u"))
                                    .allowed())
                            .isFalse();
                }
            }
            assertThat(policy.visibleTenants(everything)).doesNotContainAnyElementsOf(others);
        });
    }

    @Test
    void aPatientReachesOnlyItsOwnRecords() {
        Principal patient = new Principal("patient:smile-tlv:42", "p", SMILE, Set.of(Role.PATIENT));

        Decision door = policy.decide(patient, Permission.APPOINTMENTS_READ_OWN, SMILE);
        assertThat(door.allowed()).isTrue();
        assertThat(door.reason()).contains("own records only");
        assertThat(policy.decideOnRecord(patient, Permission.APPOINTMENTS_READ_OWN, SMILE, "patient:smile-tlv:42")
                        .allowed())
                .isTrue();
        Decision other =
                policy.decideOnRecord(patient, Permission.APPOINTMENTS_READ_OWN, SMILE, "patient:smile-tlv:43");
        assertThat(other.allowed()).isFalse();
        assertThat(other.reason()).contains("only on its own records");
        assertThat(policy.decideOnRecord(patient, Permission.APPOINTMENTS_BOOK, SMILE, null)
                        .allowed())
                .isFalse();
        assertThat(policy.decideOnRecord(patient, Permission.APPOINTMENTS_MANAGE, SMILE, "patient:smile-tlv:42")
                        .allowed())
                .isFalse();
        assertThat(policy.decideOnRecord(patient, Permission.FILES_UPLOAD, BRIGHT, "patient:smile-tlv:42")
                        .allowed())
                .isFalse();
    }

    @Test
    void anExternalGuestReadsOnlyWhatWasSharedWithIt() {
        Principal guest = new Principal("guest-7", "lab", SMILE, Set.of(Role.EXTERNAL_GUEST));

        assertThat(policy.decide(guest, Permission.FILES_READ, SMILE).reason()).contains("shared records only");
        assertThat(policy.decideOnRecord(guest, Permission.FILES_READ, SMILE, "patient:1", Set.of("guest-7"))
                        .allowed())
                .isTrue();
        assertThat(policy.decideOnRecord(guest, Permission.FILES_READ, SMILE, "patient:1", Set.of("guest-8"))
                        .allowed())
                .isFalse();
        assertThat(policy.decideOnRecord(guest, Permission.FILES_READ, SMILE, "patient:1", null)
                        .allowed())
                .isFalse();
        assertThat(policy.decideOnRecord(guest, Permission.FILES_READ, SMILE, "guest-7")
                        .allowed())
                .as("owning is not sharing")
                .isFalse();
        assertThat(policy.decideOnRecord(guest, Permission.FILES_UPLOAD, SMILE, "patient:1", Set.of("guest-7"))
                        .allowed())
                .isFalse();
    }

    @Test
    void staffReachEveryRecordOfTheirScopeAndTheWidestRoleWins() {
        Principal dentist = new Principal("d1", "dentist", HQ, Set.of(Role.DENTIST));
        assertThat(policy.decideOnRecord(dentist, Permission.PATIENTS_READ, SOUTH, "patient:9")
                        .allowed())
                .isTrue();

        Principal patientAndStaff = new Principal("p1", "both", SMILE, Set.of(Role.PATIENT, Role.FRONT_DESK));
        assertThat(policy.reach(patientAndStaff, Permission.FILES_READ, SMILE)).isEqualTo(Reach.TENANT);
        assertThat(policy.decideOnRecord(patientAndStaff, Permission.FILES_READ, SMILE, "someone-else")
                        .allowed())
                .isTrue();
    }

    @Test
    void denialsExplainThemselvesWithoutPhi() {
        Principal operator = new Principal("op", "ops", null, Set.of(Role.OPERATOR));
        assertThat(policy.decide(operator, Permission.PATIENTS_READ, SMILE).reason())
                .isEqualTo("no role of op grants PATIENTS_READ");
        Principal admin = new Principal("a", "admin", SMILE, Set.of(Role.BRANCH_ADMIN));
        assertThat(policy.decide(admin, Permission.USERS_MANAGE, BRIGHT).reason())
                .isEqualTo("tenant bright-hfa is outside the scope of a");
        assertThat(policy.decide(admin, Permission.USERS_MANAGE, null).reason()).contains("cannot act platform-wide");
        assertThat(policy.decide(admin, Permission.USERS_MANAGE, SMILE).denied())
                .isFalse();
    }

    @Test
    void systemPrincipalsHoldOnlyTheirNarrowPermissions() {
        Principal poller = Principal.system("odoo-poller", null);
        Set<Permission> allowed = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (policy.decide(poller, permission, SMILE).allowed()) {
                allowed.add(permission);
            }
        }
        assertThat(allowed)
                .containsExactlyInAnyOrder(
                        Permission.WEBHOOK_INGEST,
                        Permission.SCHEDULER_RUN,
                        Permission.ODOO_READ,
                        Permission.ODOO_WRITE);
        assertThat(policy.decide(poller, Permission.WEBHOOK_INGEST, null).allowed())
                .as("a stripe webhook arrives before its tenant is known")
                .isTrue();
        Principal bound = Principal.system("reminders", SMILE);
        assertThat(policy.decide(bound, Permission.SCHEDULER_RUN, BRIGHT).allowed())
                .isFalse();
    }

    @Test
    void theBillingToolIsYosefsAloneNotDanasNorAnyUsers() {
        Principal yosef = Principal.system("yosef", SMILE);
        assertThat(policy.decide(yosef, Permission.BILLING_TOOL, SMILE).allowed())
                .isTrue();
        assertThat(policy.decide(yosef, Permission.BILLING_TOOL, BRIGHT).allowed())
                .as("a tenant-bound Yosef stays in its tenant")
                .isFalse();
        assertThat(policy.decide(Principal.system("yosef", null), Permission.BILLING_TOOL, SMILE)
                        .allowed())
                .isTrue();
        Principal dana = Principal.system("whatsapp-webhook", SMILE);
        Decision refused = policy.decide(dana, Permission.BILLING_TOOL, SMILE);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.reason()).isEqualTo("BILLING_TOOL is reserved to system:yosef");
        Principal everyone = new Principal("system:dana", "dana", SMILE, EnumSet.allOf(Role.class));
        assertThat(policy.decide(everyone, Permission.BILLING_TOOL, SMILE).allowed())
                .isFalse();
        Principal root = new Principal("root", "root", null, Set.of(Role.PLATFORM_ADMIN));
        assertThat(policy.decide(root, Permission.BILLING_TOOL, SMILE).allowed())
                .isFalse();
        Principal impostor = new Principal("system:yosef", "yosef", SMILE, Set.of(Role.BRANCH_ADMIN));
        assertThat(policy.decide(impostor, Permission.BILLING_TOOL, SMILE).allowed())
                .as("the name alone is not enough: the SYSTEM role is")
                .isFalse();
    }

    @Test
    void visibleTenantsFollowTheScopeRules() {
        assertThat(policy.visibleTenants(new Principal("h", "hq", HQ, Set.of(Role.HQ_ADMIN))))
                .containsExactlyInAnyOrder(HQ, NORTH, SOUTH);
        assertThat(policy.visibleTenants(new Principal("b", "br", NORTH, Set.of(Role.BRANCH_ADMIN))))
                .containsExactly(NORTH);
        assertThat(policy.visibleTenants(new Principal("b", "br", HQ, Set.of(Role.BRANCH_ADMIN))))
                .as("BRANCH_ADMIN held on an HQ is void")
                .isEmpty();
        assertThat(policy.visibleTenants(new Principal("h", "hq", SMILE, Set.of(Role.HQ_ADMIN))))
                .as("HQ_ADMIN held on a clinic is void")
                .isEmpty();
        assertThat(policy.visibleTenants(new Principal("p", "pa", HQ, Set.of(Role.PATIENT))))
                .containsExactly(HQ);
        assertThat(policy.visibleTenants(new Principal("x", "root", null, Set.of(Role.PLATFORM_ADMIN))))
                .containsExactlyInAnyOrder(HQ, NORTH, SOUTH, SMILE, BRIGHT);
        assertThat(policy.visibleTenants(new Principal("o", "op", null, Set.of(Role.OPERATOR))))
                .hasSize(5);
        assertThat(policy.visibleTenants(new Principal("d", "dentist", null, Set.of(Role.DENTIST))))
                .isEmpty();
        assertThat(policy.visibleTenants(new Principal("d", "dentist", GHOST, Set.of(Role.DENTIST))))
                .isEmpty();
    }

    @Test
    void platformAdminReachesUnknownTenantsSoItCanCreateThem() {
        Principal root = new Principal("root", "root", null, Set.of(Role.PLATFORM_ADMIN));
        assertThat(policy.decide(root, Permission.TENANTS_MANAGE, "new-clinic").allowed())
                .isTrue();
        assertThat(policy.decide(root, Permission.NLU_PARSE, null).reason()).contains("platform-wide");
    }

    @Test
    void grantsFollowRankScopeAndTenantKind() {
        Principal root = new Principal("root", "root", null, Set.of(Role.PLATFORM_ADMIN));
        Principal hqAdmin = new Principal("h", "hq", HQ, Set.of(Role.HQ_ADMIN));
        Principal branchAdmin = new Principal("b", "br", NORTH, Set.of(Role.BRANCH_ADMIN));
        Principal clinicAdmin = new Principal("c", "cl", SMILE, Set.of(Role.BRANCH_ADMIN));
        Principal dentist = new Principal("d", "de", SMILE, Set.of(Role.DENTIST));
        Principal operator = new Principal("o", "op", null, Set.of(Role.OPERATOR));

        Map<String, Boolean> cases = new HashMap<>();
        cases.put("root PLATFORM_ADMIN -", policy.mayGrant(root, Role.PLATFORM_ADMIN, null));
        cases.put("root OPERATOR -", policy.mayGrant(root, Role.OPERATOR, null));
        cases.put("root INTEGRATOR smile", policy.mayGrant(root, Role.INTEGRATOR, SMILE));
        cases.put("root HQ_ADMIN hq", policy.mayGrant(root, Role.HQ_ADMIN, HQ));
        cases.put("hq HQ_ADMIN hq", policy.mayGrant(hqAdmin, Role.HQ_ADMIN, HQ));
        cases.put("hq BRANCH_ADMIN north", policy.mayGrant(hqAdmin, Role.BRANCH_ADMIN, NORTH));
        cases.put("hq DENTIST south", policy.mayGrant(hqAdmin, Role.DENTIST, SOUTH));
        cases.put("branch FRONT_DESK north", policy.mayGrant(branchAdmin, Role.FRONT_DESK, NORTH));
        cases.put("branch BRANCH_ADMIN north", policy.mayGrant(branchAdmin, Role.BRANCH_ADMIN, NORTH));
        cases.put("clinic PATIENT smile", policy.mayGrant(clinicAdmin, Role.PATIENT, SMILE));
        cases.put("clinic EXTERNAL_GUEST smile", policy.mayGrant(clinicAdmin, Role.EXTERNAL_GUEST, SMILE));
        Map<String, Boolean> expectedTrue = new HashMap<>(cases);

        cases.clear();
        cases.put("root SYSTEM -", policy.mayGrant(root, Role.SYSTEM, null));
        cases.put("root PLATFORM_ADMIN smile", policy.mayGrant(root, Role.PLATFORM_ADMIN, SMILE));
        cases.put("root HQ_ADMIN smile", policy.mayGrant(root, Role.HQ_ADMIN, SMILE));
        cases.put("root BRANCH_ADMIN hq", policy.mayGrant(root, Role.BRANCH_ADMIN, HQ));
        cases.put("root DENTIST -", policy.mayGrant(root, Role.DENTIST, null));
        cases.put("root DENTIST ghost", policy.mayGrant(root, Role.DENTIST, GHOST));
        cases.put("hq OPERATOR hq", policy.mayGrant(hqAdmin, Role.OPERATOR, HQ));
        cases.put("hq INTEGRATOR hq", policy.mayGrant(hqAdmin, Role.INTEGRATOR, HQ));
        cases.put("hq PLATFORM_ADMIN -", policy.mayGrant(hqAdmin, Role.PLATFORM_ADMIN, null));
        cases.put("hq DENTIST smile", policy.mayGrant(hqAdmin, Role.DENTIST, SMILE));
        cases.put("hq HQ_ADMIN north", policy.mayGrant(hqAdmin, Role.HQ_ADMIN, NORTH));
        cases.put("branch HQ_ADMIN hq", policy.mayGrant(branchAdmin, Role.HQ_ADMIN, HQ));
        cases.put("branch DENTIST south", policy.mayGrant(branchAdmin, Role.DENTIST, SOUTH));
        cases.put("branch DENTIST hq", policy.mayGrant(branchAdmin, Role.DENTIST, HQ));
        cases.put("clinic DENTIST bright", policy.mayGrant(clinicAdmin, Role.DENTIST, BRIGHT));
        cases.put("dentist DENTIST smile", policy.mayGrant(dentist, Role.DENTIST, SMILE));
        cases.put("dentist PATIENT smile", policy.mayGrant(dentist, Role.PATIENT, SMILE));
        cases.put("operator OPERATOR -", policy.mayGrant(operator, Role.OPERATOR, null));
        cases.put("operator READ_ONLY smile", policy.mayGrant(operator, Role.READ_ONLY, SMILE));
        cases.put("clinic OPERATOR -", policy.mayGrant(clinicAdmin, Role.OPERATOR, null));

        List<String> wrong = new ArrayList<>();
        expectedTrue.forEach((name, granted) -> {
            if (!granted) wrong.add("denied: " + name);
        });
        cases.forEach((name, granted) -> {
            if (granted) wrong.add("granted: " + name);
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void adminRolesHoldEverythingTheRolesTheyGrantHold() {
        PermissionMatrix m = PermissionMatrix.standard();
        for (Role granted : List.of(
                Role.DENTIST, Role.ASSISTANT, Role.FRONT_DESK, Role.READ_ONLY, Role.EXTERNAL_GUEST, Role.PATIENT)) {
            assertThat(m.permissionsOf(Role.BRANCH_ADMIN)).containsAll(m.permissionsOf(granted));
            assertThat(m.permissionsOf(Role.HQ_ADMIN)).containsAll(m.permissionsOf(granted));
        }
    }

    @Test
    void aHierarchySupplierSeesTenantsAddedLater() {
        TenantHierarchy[] current = {TenantHierarchy.of()};
        PermissionPolicy live = new PermissionPolicy(() -> current[0], PermissionMatrix.standard());
        Principal dentist = new Principal("d", "de", SMILE, Set.of(Role.DENTIST));
        assertThat(live.decide(dentist, Permission.PATIENTS_READ, SMILE).allowed())
                .isFalse();
        current[0] = TENANTS;
        assertThat(live.decide(dentist, Permission.PATIENTS_READ, SMILE).allowed())
                .isTrue();
    }
}
