package com.dentalai.hub.platform.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.integration.IntegrationRoutes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acceptance test: for EVERY route in the context — Java routes, the shipped YAML
 * example and a YAML route added while the hub runs — the route declares a permission, an exchange
 * whose principal lacks it is refused before the body runs, and the refusal is audited.
 */
@HubTest
class EveryRouteIsGatedTest {

    @Autowired
    CamelContext camel;

    @Autowired
    RecordingAuditTrail audit;

    @Autowired
    IntegrationRoutes routesDir;

    @Test
    void everyRouteDeclaresAPermissionAndRefusesAndAuditsAnExchangeWithoutIt() throws Exception {
        Path dir = routesDir.directory();
        Path runtime = dir.resolve("gate-it-walk.camel.yaml");
        Path example = dir.resolve("gate-it-walk-example.camel.yaml");
        GateTestSupport.writeRouteFile(
                runtime,
                """
                - route:
                    id: gate-it-walk-yaml
                    note: "hub.permission=INTEGRATION_ROUTE_RUN"
                    from:
                      uri: "timer:gate-it-walk?delay=86400000&repeatCount=1"
                      steps:
                        - log: "never runs"
                """);
        Path shipped = Path.of("..", "config", "routes", "lab-order-notice.camel.yaml");
        if (Files.exists(shipped)) {
            GateTestSupport.writeRouteFile(example, Files.readString(shipped, StandardCharsets.UTF_8));
        }
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> camel.getRoute("gate-it-walk-yaml") != null
                            && (!Files.exists(shipped) || camel.getRoute("lab-order-notice") != null));

            List<String> walked = new ArrayList<>();
            for (Route route : camel.getRoutes()) {
                assertGated(route);
                walked.add(route.getRouteId());
            }

            assertThat(walked).contains("gate-it-walk-yaml", "dead-letters-list", "dead-letters-replay");
        } finally {
            Files.deleteIfExists(runtime);
            Files.deleteIfExists(example);
            for (String id : List.of("gate-it-walk-yaml", "lab-order-notice")) {
                if (camel.getRoute(id) != null) {
                    GateTestSupport.removeRoute(camel, id);
                }
            }
        }
    }

    private void assertGated(Route route) throws Exception {
        String id = route.getRouteId();
        RouteDeclaration declared = RouteDeclaration.of(route);
        assertThat(declared.permission())
                .as("route %s declares a permission", id)
                .isNotNull();
        assertThat(Permission.valueOf(declared.permission()))
                .as("route %s permission", id)
                .isNotNull();

        HubContext nobody = GateTestSupport.nobody();
        Exchange exchange = route.getEndpoint().createExchange();
        exchange.getExchangeExtension().setFromEndpoint(route.getEndpoint());
        exchange.getExchangeExtension().setFromRouteId(id);
        exchange.setProperty(HubContext.PROPERTY, nobody);
        route.getProcessor().process(exchange);

        Throwable refusal = exchange.getException() != null
                ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        assertThat(refusal)
                .as("route %s refuses a principal without %s", id, declared.permission())
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.forRoute(id)).as("route %s audits the refusal", id).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
            assertThat(e.correlationId()).isEqualTo(nobody.correlationId());
        });
    }
}
