package com.dentalai.hub.platform.audit;

import static com.dentalai.hub.platform.audit.AuditFixtures.uniqueTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@HubTest
class AuditApiTest {

    private static final Principal ROOT = new Principal("u-root", "root", null, Set.of(Role.PLATFORM_ADMIN));

    @Autowired
    WebApplicationContext web;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditStore store;

    @Autowired
    TenantTransactions tx;

    @Autowired
    PhiReadAudit phiReads;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void exportStreamsTheContractCsvWithEscapingAndInjectionDefence() throws Exception {
        String tenant = uniqueTenant("csv");
        String verb = "test.csv-" + tenant;
        trail.record(new AuditEvent(
                Instant.parse("2026-03-01T09:00:00.5Z"),
                tenant,
                "user:alice",
                verb,
                "appointment",
                "=HYPERLINK(\"x\")",
                AuditEvent.Outcome.DENIED,
                "10.0.0.9",
                "c-1",
                Map.of("reason", "outside, \"scope\"\nreally")));
        trail.record(new AuditEvent(
                Instant.parse("2026-03-02T09:00:00Z"),
                tenant,
                "user:bob",
                verb,
                "patient",
                "p-2",
                AuditEvent.Outcome.SUCCESS,
                null,
                "c-2",
                Map.of()));
        awaitChain(tenant, 2);

        String csv = mvc.perform(get("/api/v1/audit/export.csv")
                        .param("verbs", verb)
                        .accept(MediaType.parseMediaType("text/csv"))
                        .with(as(ROOT)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().exists(HubContext.CORRELATION_HEADER))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo(AuditCsvExporter.HEADER + "\r\n"
                        + "2026-03-01T09:00:00.500Z," + tenant + ",user:alice," + verb
                        + ",appointment,\"'=HYPERLINK(\"\"x\"\")\",DENIED,10.0.0.9,c-1,"
                        + "\"{\"\"reason\"\": \"\"outside, \\\"\"scope\\\"\"\\nreally\"\"}\"\r\n"
                        + "2026-03-02T09:00:00Z," + tenant + ",user:bob," + verb + ",patient,p-2,SUCCESS,,c-2,{}\r\n");
    }

    @Test
    void exportHonoursTheTimeWindow() throws Exception {
        String tenant = uniqueTenant("window");
        String verb = "test.window-" + tenant;
        for (String day : new String[] {"2020-01-01", "2020-01-05", "2020-01-09"}) {
            trail.record(new AuditEvent(
                    Instant.parse(day + "T12:00:00Z"),
                    tenant,
                    "u",
                    verb,
                    "x",
                    day,
                    AuditEvent.Outcome.SUCCESS,
                    null,
                    null,
                    Map.of()));
        }
        awaitChain(tenant, 3);

        String csv = mvc.perform(get("/api/v1/audit/export.csv")
                        .param("from", "2020-01-02")
                        .param("to", "2020-01-09T00:00:00Z")
                        .param("verbs", verb + ",other.verb")
                        .with(as(ROOT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(",2020-01-05,").doesNotContain("2020-01-01,").doesNotContain(",2020-01-09,");
    }

    @Test
    void badParametersAreAProblem() throws Exception {
        mvc.perform(get("/api/v1/audit/export.csv")
                        .param("from", "last tuesday")
                        .param("verbs", "ok,Not A Verb")
                        .accept(MediaType.parseMediaType("text/csv"))
                        .with(as(ROOT)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("urn:dentalai:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[1].field").value("verbs"));
    }

    @Test
    void staffWithoutAuditRightsAreRefusedAndTheRefusalIsAudited() throws Exception {
        String tenant = uniqueTenant("deny");
        Principal dentist = new Principal("u-dent-" + tenant, "dr", tenant, Set.of(Role.DENTIST));

        mvc.perform(get("/api/v1/audit/export.csv").with(as(dentist)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:dentalai:problem:forbidden"));

        awaitChain(tenant, 1);
        String outcome = tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "select verb || ':' || outcome || ':' || actor from audit_events where tenant_id = ?",
                        String.class,
                        tenant));
        assertThat(outcome).isEqualTo("audit.export:DENIED:" + dentist.id());
    }

    @Test
    void eachExportIsItselfAudited() throws Exception {
        String correlation = "export-" + uniqueTenant("c");
        mvc.perform(get("/api/v1/audit/export.csv")
                        .param("verbs", "no.such.verb")
                        .header(HubContext.CORRELATION_HEADER, correlation)
                        .with(as(ROOT)))
                .andExpect(status().isOk())
                .andExpect(header().string(HubContext.CORRELATION_HEADER, correlation))
                .andExpect(content().string(AuditCsvExporter.HEADER + "\r\n"));

        await().atMost(Duration.ofSeconds(20)).until(() -> tx.inTenant(
                        AuditEvents.PLATFORM_TENANT,
                        jdbc -> jdbc.queryForList(
                                "select extra->>'rows' from audit_events where correlation_id = ?"
                                        + " and verb = 'audit.export' and outcome = 'SUCCESS'",
                                String.class,
                                correlation))
                .contains("0"));
    }

    @Test
    void verifyReportsTheChainAndStaysInScope() throws Exception {
        String tenant = uniqueTenant("verify");
        trail.record(AuditFixtures.event(tenant, "appointment.book", Instant.now(), "v1"));
        trail.record(AuditFixtures.event(tenant, "appointment.book", Instant.now(), "v2"));
        awaitChain(tenant, 2);

        mvc.perform(get("/api/v1/audit/verify").param("tenant", tenant).with(as(ROOT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value(tenant))
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.checked").value(2))
                .andExpect(jsonPath("$.last_seq").value(2))
                .andExpect(jsonPath("$.first_broken").doesNotExist());

        Principal otherAdmin = new Principal("u-adm", "adm", "someone-else", Set.of(Role.BRANCH_ADMIN));
        mvc.perform(get("/api/v1/audit/verify").param("tenant", tenant).with(as(otherAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").param("tenant", "Bad Tenant").with(as(ROOT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tenant"));
    }

    @Test
    void phiReadsReachTheTrailAtFullSampleRate() {
        String tenant = uniqueTenant("phi");
        HubContext ctx = new HubContext(
                tenant, new Principal("u-fd", "fd", tenant, Set.of(Role.FRONT_DESK)), "http", "corr-" + tenant);

        assertThat(phiReads.read(ctx, "patient", "ref-1", Map.of("route", "patient-find")))
                .isTrue();

        awaitChain(tenant, 1);
        String verb = tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForObject("select verb from audit_events where tenant_id = ?", String.class, tenant));
        assertThat(verb).isEqualTo(PhiReadAudit.VERB);
    }

    private void awaitChain(String tenant, long rows) {
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        store.head(tenant).map(AuditStore.ChainHead::lastSeq).orElse(0L) >= rows);
    }

    private static RequestPostProcessor as(Principal p) {
        String[] roles = p.roles().stream().map(r -> "ROLE_" + r.name()).toArray(String[]::new);
        return authentication(new TestingAuthenticationToken(p, null, roles));
    }
}
