package com.dentalai.hub.platform.integration;

import static com.dentalai.hub.platform.gate.GateTestSupport.send;
import static com.dentalai.hub.platform.gate.GateTestSupport.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.gate.AccessDeniedException;
import com.dentalai.hub.platform.gate.GateTestSupport;
import com.dentalai.hub.platform.gate.RecordingAuditTrail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Integrators' YAML routes: loaded from the routes folder while the hub runs, gated like any route. */
@HubTest
class IntegrationRoutesTest {

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    IntegrationRoutes integration;

    @Autowired
    RecordingAuditTrail audit;

    @Test
    void aRouteFileWrittenAtRuntimeAppearsIsGatedAndPicksUpEdits() throws Exception {
        Path file = integration.directory().resolve("gate-it-runtime.camel.yaml");
        GateTestSupport.writeRouteFile(file, yamlRoute("ODOO_READ", "first"));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> camel.getRoute("gate-it-yaml") != null);

            Exchange allowed = send(producer, "direct:gate-it-yaml", system("gate-it-yaml"), "x");
            assertThat(allowed.getException()).isNull();
            assertThat(allowed.getMessage().getBody(String.class)).isEqualTo("first");

            Exchange denied = send(producer, "direct:gate-it-yaml", GateTestSupport.nobody(), "x");
            assertThat(denied.getException()).isInstanceOf(AccessDeniedException.class);
            assertThat(audit.forRoute("gate-it-yaml"))
                    .extracting(AuditEvent::outcome)
                    .contains(AuditEvent.Outcome.DENIED);

            GateTestSupport.writeRouteFile(file, yamlRoute("BILLING_MANAGE", "second"));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "second".equals(description(camel.getRoute("gate-it-yaml"))));

            // the edit tightened the permission: the same system principal is now refused
            Exchange refused = send(producer, "direct:gate-it-yaml", system("gate-it-yaml"), "x");
            assertThat(refused.getException()).isInstanceOf(AccessDeniedException.class);

            Files.delete(file);
            await().atMost(Duration.ofSeconds(30)).until(() -> camel.getRoute("gate-it-yaml") == null);
        } finally {
            Files.deleteIfExists(file);
            if (camel.getRoute("gate-it-yaml") != null) {
                GateTestSupport.removeRoute(camel, "gate-it-yaml");
            }
        }
    }

    @Test
    void theShippedExampleRouteLoadsAndProcessesAContextCarryingLabOrder() throws Exception {
        Path example = Path.of("..", "config", "routes", "lab-order-notice.camel.yaml");
        assumeThat(example).exists();
        Path copy = integration.directory().resolve("lab-order-notice.camel.yaml");
        GateTestSupport.writeRouteFile(copy, Files.readString(example, StandardCharsets.UTF_8));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> camel.getRoute("lab-order-notice") != null);
            NotifyBuilder done = new NotifyBuilder(camel)
                    .fromRoute("lab-order-notice")
                    .whenCompleted(1)
                    .create();

            producer.send("jms:queue:hub.lab-orders.created", e -> {
                e.setProperty(com.dentalai.hub.platform.context.HubContext.PROPERTY, system("odoo-poller"));
                e.getMessage().setHeader("LabOrderRef", "LAB-1001");
                e.getMessage().setHeader("LabOrderTenant", "smile-tlv");
            });

            assertThat(done.matches(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(audit.forRoute("lab-order-notice"))
                    .anySatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS));
        } finally {
            Files.deleteIfExists(copy);
            await().atMost(Duration.ofSeconds(30)).until(() -> camel.getRoute("lab-order-notice") == null);
        }
    }

    private static String description(Route route) {
        return route == null ? null : route.getDescription();
    }

    private static String yamlRoute(String permission, String answer) {
        return """
                - route:
                    id: gate-it-yaml
                    description: "%s"
                    note: "hub.permission=%s"
                    from:
                      uri: "direct:gate-it-yaml"
                      steps:
                        - setBody:
                            constant: "%s"
                """
                .formatted(answer, permission, answer);
    }
}
