package com.dentalai.hub.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.tenant.OdooSettings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantKind;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/v1/admin/tenants/{id}/odoo/check} and what it says when something is wrong. */
@HubTest
class OdooCheckApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    OdooCheck check;

    @Test
    @SuppressWarnings("unchecked")
    void aPlatformAdminChecksATenantsOdoo() {
        String token = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");

        ResponseEntity<Map> r = http.exchange(
                "/api/v1/admin/tenants/smile-tlv/odoo/check",
                HttpMethod.GET,
                new HttpEntity<>(SecurityTestSupport.bearer(token)),
                Map.class);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody())
                .containsEntry("tenant", "smile-tlv")
                .containsEntry("reachable", true)
                .containsEntry("server_version", "17.0")
                .containsEntry("authenticated", true)
                .containsEntry("mapping", "dental");
        assertThat((java.util.List<String>) r.getBody().get("problems")).isEmpty();
    }

    @Test
    void withoutATokenItIsRefused() {
        ResponseEntity<String> r = http.getForEntity("/api/v1/admin/tenants/smile-tlv/odoo/check", String.class);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aWrongPasswordIsNamedWithItsVariable() {
        System.setProperty("CHECK_WRONG_ODOO_PASSWORD", "not-the-password");
        try {
            OdooCheckReport report = check.checkTenant(
                    tenant(settings(SandboxOdoo.server().url(), "odoo17", "CHECK_WRONG_ODOO_PASSWORD", "dental")));

            assertThat(report.reachable()).isTrue();
            assertThat(report.authenticated()).isFalse();
            assertThat(report.problems())
                    .containsExactly("Odoo refused the login 'admin' on database 'odoo17': wrong password or API key in"
                            + " CHECK_WRONG_ODOO_PASSWORD, or no such database");
        } finally {
            System.clearProperty("CHECK_WRONG_ODOO_PASSWORD");
        }
    }

    @Test
    void anUnknownDatabaseIsNamed() {
        OdooCheckReport report = check.checkTenant(
                tenant(settings(SandboxOdoo.server().url(), "nosuchdb", "SMILE_ODOO_PASSWORD", "dental")));

        assertThat(report.authenticated()).isFalse();
        assertThat(report.problems()).containsExactly("Odoo has no database 'nosuchdb' (odoo.database)");
    }

    @Test
    void aMissingEnvironmentVariableIsNamedAndReachabilityStillChecked() {
        OdooCheckReport report = check.checkTenant(
                tenant(settings(SandboxOdoo.server().url(), "odoo17", "NO_SUCH_ODOO_PASSWORD_VAR", "standard")));

        assertThat(report.reachable()).isTrue();
        assertThat(report.authenticated()).isFalse();
        assertThat(report.problems())
                .containsExactly("environment variable NO_SUCH_ODOO_PASSWORD_VAR (odoo password-env) is not set");
    }

    @Test
    void anUnreachableUrlIsNamed() {
        OdooCheckReport report =
                check.checkTenant(tenant(settings("http://127.0.0.1:9", "odoo17", "SMILE_ODOO_PASSWORD", "standard")));

        assertThat(report.reachable()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .asString()
                .startsWith("Odoo at http://127.0.0.1:9 is not reachable");
    }

    @Test
    void anUnknownMappingIsNamed() {
        OdooCheckReport report = check.checkTenant(
                tenant(settings(SandboxOdoo.server().url(), "odoo17", "SMILE_ODOO_PASSWORD", "orthodontics")));

        assertThat(report.authenticated()).isTrue();
        assertThat(report.problems()).containsExactly("mappings/orthodontics.yaml: no such mapping");
    }

    private static OdooSettings settings(String url, String db, String passwordEnv, String mapping) {
        return new OdooSettings(url, db, "admin", passwordEnv, null, OdooSettings.Transport.XMLRPC, mapping, 1);
    }

    private static Tenant tenant(OdooSettings odoo) {
        // a tenant of its own per case, so each gets its own client and breaker
        String id =
                "check-" + Math.abs((odoo.url() + odoo.database() + odoo.passwordEnv() + odoo.mapping()).hashCode());
        return new Tenant(
                id,
                "Check",
                TenantKind.CLINIC,
                null,
                ZoneId.of("Asia/Jerusalem"),
                "he",
                null,
                null,
                odoo,
                null,
                null,
                null,
                null,
                null);
    }
}
