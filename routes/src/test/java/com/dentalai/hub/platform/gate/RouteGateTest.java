package com.dentalai.hub.platform.gate;

import static com.dentalai.hub.platform.gate.GateTestSupport.nobody;
import static com.dentalai.hub.platform.gate.GateTestSupport.send;
import static com.dentalai.hub.platform.gate.GateTestSupport.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.context.HubContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class RouteGateTest {

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    RecordingAuditTrail audit;

    final AtomicInteger bodyRuns = new AtomicInteger();
    final Map<String, Object> seen = new ConcurrentHashMap<>();
    final List<String> added = new CopyOnWriteArrayList<>();

    @AfterEach
    void removeTestRoutes() throws Exception {
        for (String id : added) {
            GateTestSupport.removeRoute(camel, id);
        }
    }

    @Test
    void aPermittedExchangeEntersWithItsContextStampedAndTheEntryAudited() throws Exception {
        add("gate-it-allowed", "direct:gate-it-allowed", "ODOO_READ", null);
        HubContext context = system("gate-it-caller");

        Exchange done = send(producer, "direct:gate-it-allowed", context, "ping");

        assertThat(done.getException()).isNull();
        assertThat(bodyRuns).hasValue(1);
        assertThat(seen).containsEntry("principal", "system:gate-it-caller");
        assertThat(seen).containsEntry("mdc", context.correlationId());
        assertThat(done.getMessage().getHeader(HubContext.CORRELATION_HEADER)).isEqualTo(context.correlationId());
        assertThat(audit.forRoute("gate-it-allowed")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
            assertThat(e.actor()).isEqualTo("system:gate-it-caller");
            assertThat(e.correlationId()).isEqualTo(context.correlationId());
            assertThat(e.extra()).containsEntry("permission", "ODOO_READ");
        });
    }

    @Test
    void aPrincipalWithoutThePermissionIsRefusedBeforeTheBodyAndTheRefusalIsAudited() throws Exception {
        add("gate-it-denied", "direct:gate-it-denied", "BILLING_MANAGE", null);

        Exchange done = send(producer, "direct:gate-it-denied", system("gate-it-caller"), "ping");

        assertThat(done.getException())
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("gate-it-denied")
                .hasMessageContaining("BILLING_MANAGE");
        assertThat(bodyRuns).hasValue(0);
        assertThat(audit.forRoute("gate-it-denied"))
                .singleElement()
                .extracting(AuditEvent::outcome)
                .isEqualTo(AuditEvent.Outcome.DENIED);
    }

    @Test
    void aRouteThatDeclaresNothingIsDeniedEvenToThePlatformAdmin() throws Exception {
        add("gate-it-undeclared", "direct:gate-it-undeclared", null, null);
        HubContext admin = new HubContext(
                null,
                new com.dentalai.hub.domain.security.Principal(
                        "admin", "admin", null, java.util.Set.of(com.dentalai.hub.domain.security.Role.PLATFORM_ADMIN)),
                "test",
                "c-undeclared");

        Exchange done = send(producer, "direct:gate-it-undeclared", admin, "ping");

        assertThat(done.getException()).isInstanceOf(AccessDeniedException.class);
        assertThat(((AccessDeniedException) done.getException()).reason()).contains("declares no permission");
        assertThat(bodyRuns).hasValue(0);
        assertThat(audit.forRoute("gate-it-undeclared"))
                .extracting(AuditEvent::outcome)
                .containsExactly(AuditEvent.Outcome.DENIED);
    }

    @Test
    void anExchangeWithoutAnyContextIsDenied() throws Exception {
        add("gate-it-anonymous", "direct:gate-it-anonymous", "ODOO_READ", null);

        Exchange done = send(producer, "direct:gate-it-anonymous", null, "ping");

        assertThat(done.getException()).isInstanceOf(AccessDeniedException.class);
        assertThat(bodyRuns).hasValue(0);
        assertThat(audit.forRoute("gate-it-anonymous")).singleElement().satisfies(e -> assertThat(e.actor())
                .isEqualTo("anonymous"));
    }

    @Test
    void anInternalSubRouteRechecksItsOwnPermissionWithTheSameContext() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:gate-it-outer")
                        .routeId("gate-it-outer")
                        .routeProperty(GatedRoutes.PERMISSION, "ODOO_READ")
                        .process(e -> bodyRuns.incrementAndGet())
                        .to("direct:gate-it-inner");
                from("direct:gate-it-inner")
                        .routeId("gate-it-inner")
                        .routeProperty(GatedRoutes.PERMISSION, "BILLING_MANAGE")
                        .process(e -> seen.put("inner", true));
            }
        });
        added.add("gate-it-outer");
        added.add("gate-it-inner");
        HubContext context = system("gate-it-caller");

        Exchange done = send(producer, "direct:gate-it-outer", context, "ping");

        assertThat(done.getException()).isInstanceOf(AccessDeniedException.class);
        assertThat(bodyRuns).hasValue(1);
        assertThat(seen).doesNotContainKey("inner");
        assertThat(audit.forRoute("gate-it-inner")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
            assertThat(e.correlationId()).isEqualTo(context.correlationId());
        });
    }

    @Test
    void aTimerRunsAsItsNamedSystemPrincipal() throws Exception {
        add("gate-it-timer", "timer:gate-it?repeatCount=1&delay=1", "SCHEDULER_RUN", "gate-it-ticker");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(bodyRuns).hasValue(1));
        assertThat(seen).containsEntry("principal", "system:gate-it-ticker");
        assertThat(seen).containsEntry("channel", "timer");
    }

    @Test
    void aSystemPrincipalCannotBeClaimedByAnInProcessRoute() throws Exception {
        // direct: routes are reached by code that must hand over its own context
        add("gate-it-runas-direct", "direct:gate-it-runas-direct", "SCHEDULER_RUN", "sneaky");

        Exchange done = send(producer, "direct:gate-it-runas-direct", null, "ping");

        assertThat(done.getException()).isInstanceOf(AccessDeniedException.class);
        assertThat(bodyRuns).hasValue(0);
    }

    @Test
    void nobodyIsDeniedEverything() throws Exception {
        add("gate-it-nobody", "direct:gate-it-nobody", "AUTHENTICATED", null);

        assertThat(send(producer, "direct:gate-it-nobody", nobody(), "x").getException())
                .isInstanceOf(AccessDeniedException.class);
    }

    private void add(String id, String from, String permission, String runAs) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                var route = from(from).routeId(id);
                if (permission != null) {
                    route.routeProperty(GatedRoutes.PERMISSION, permission);
                }
                if (runAs != null) {
                    route.routeProperty(GatedRoutes.RUN_AS, runAs);
                }
                route.process(exchange -> {
                    HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
                    seen.put("principal", context.principal().id());
                    seen.put("channel", context.channel());
                    seen.put("mdc", String.valueOf(MDC.get(HubContext.MDC_CORRELATION)));
                    bodyRuns.incrementAndGet();
                });
            }
        });
        added.add(id);
    }
}
