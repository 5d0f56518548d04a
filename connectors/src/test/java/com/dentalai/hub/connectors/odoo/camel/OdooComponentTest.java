package com.dentalai.hub.connectors.odoo.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.OdooConnection;
import com.dentalai.hub.connectors.odoo.OdooException;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The odoo: component in a real CamelContext against the Odoo stand-in. */
class OdooComponentTest {

    static OdooStandInServer odoo;
    static OdooClient client;

    CamelContext camel;
    ProducerTemplate template;
    final MemoryCursors cursors = new MemoryCursors();

    @BeforeAll
    static void startOdoo() {
        odoo = new OdooStandInServer().start();
        client = new OdooClientFactory()
                .create(OdooConnection.xmlRpc("t1", odoo.url(), odoo.database(), "admin", "admin"));
    }

    @AfterAll
    static void stopOdoo() {
        odoo.close();
    }

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("odooClients", (OdooClientProvider) tenant -> {
            if (!"t1".equals(tenant)) {
                throw new IllegalArgumentException("unknown tenant " + tenant);
            }
            return client;
        });
        camel.getRegistry().bind("cursors", cursors);
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void producerCreatesReadsWritesCountsAndUnlinks() {
        Long id = template.requestBody(
                "odoo:res.partner/create?tenant=t1",
                Map.of("name", "Producer Test", "phone", "050-000-0001"),
                Long.class);

        List<?> found = template.requestBody(
                "odoo:res.partner/search_read?tenant=t1&fields=name,phone&domain=[[\"name\",\"=\",\"Producer Test\"]]",
                null,
                List.class);
        assertThat(found).hasSize(1);
        assertThat((Map<String, Object>) found.get(0)).containsEntry("id", id).containsEntry("phone", "050-000-0001");

        template.requestBodyAndHeader(
                "odoo:res.partner/write?tenant=t1", Map.of("phone", "050-000-0002"), OdooConstants.IDS, id);
        List<?> read = template.requestBody("odoo:res.partner/read?tenant=t1&fields=phone", List.of(id), List.class);
        assertThat((Map<String, Object>) read.get(0)).containsEntry("phone", "050-000-0002");

        Long count = template.requestBodyAndHeader(
                "odoo:res.partner/search_count?tenant=t1",
                null,
                OdooConstants.DOMAIN,
                "[[\"name\",\"=\",\"Producer Test\"]]",
                Long.class);
        assertThat(count).isEqualTo(1L);

        assertThat(template.requestBody("odoo:res.partner/unlink?tenant=t1", id, Boolean.class))
                .isTrue();
        assertThat(template.requestBody("odoo:res.partner/read?tenant=t1", List.of(id), List.class))
                .isEmpty();
    }

    @Test
    void theTenantMayComeFromAHeaderAndIsRequired() {
        Long count = template.requestBodyAndHeader(
                "odoo:res.country/search_count", null, OdooConstants.TENANT, "t1", Long.class);
        assertThat(count).isPositive();

        assertThatThrownBy(() -> template.requestBody("odoo:res.country/search_count", (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseMessage(
                        "Tenant is not set: give the odoo: endpoint a tenant option or the OdooTenant header");
    }

    @Test
    void odooFaultsReachTheRouteAsOdooExceptions() {
        assertThatThrownBy(() -> template.requestBody("odoo:res.partner/create?tenant=t1", Map.of("nme", "typo")))
                .hasRootCauseInstanceOf(OdooException.class)
                .rootCause()
                .satisfies(e -> assertThat(((OdooException) e).badField()).contains("nme"));
        assertThatThrownBy(() -> template.requestBody("odoo:res.partner/write?tenant=t1", Map.of("name", "x")))
                .hasRootCauseMessage(
                        "Record ids are not set: put them in the OdooIds header (a number, a list or '1,2')");
    }

    @Test
    void thereIsNoPasswordOptionAndUnknownOptionsFailTheEndpoint() {
        assertThatThrownBy(() -> camel.getEndpoint("odoo:res.partner/search_read?tenant=t1&password=admin"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("password");
    }

    @Test
    void theConsumerHandsOnEveryChangedRecordOnceInWriteDateThenIdOrder() throws Exception {
        for (int i = 1; i <= 5; i++) {
            odoo.seed("res.partner", Map.of("name", "Poll " + i)); // same second: equal write_dates, ids break the tie
        }
        List<Object> names = new CopyOnWriteArrayList<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("odoo:res.partner?tenant=t1&fields=name&limit=2&delay=50&cursorName=poll-test"
                                + "&domain=[[\"name\",\"like\",\"Poll \"]]")
                        .routeId("odoo-poll-test")
                        .process(
                                e -> names.add(e.getMessage().getBody(Map.class).get("name")));
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> names.size() >= 5);
        odoo.seed("res.partner", Map.of("name", "Poll 6"));
        await().atMost(Duration.ofSeconds(10)).until(() -> names.size() >= 6);

        assertThat(names).containsExactly("Poll 1", "Poll 2", "Poll 3", "Poll 4", "Poll 5", "Poll 6");
        assertThat(cursors.load("t1", "poll-test")).isPresent();
    }

    @Test
    void anOverlappingCursorSeesASecondWriteInTheSameSecondAndNeverSticksOnAFullPage() throws Exception {
        long first = odoo.seed("res.partner", Map.of("name", "Lap 1"));
        odoo.seed("res.partner", Map.of("name", "Lap 2"));
        odoo.seed("res.partner", Map.of("name", "Lap 3"));
        List<Object> names = new CopyOnWriteArrayList<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("odoo:res.partner?tenant=t1&fields=name&limit=2&delay=50&cursorName=lap-test&cursorOverlap=true"
                                + "&domain=[[\"name\",\"like\",\"Lap \"]]")
                        .routeId("odoo-lap-test")
                        .process(
                                e -> names.add(e.getMessage().getBody(Map.class).get("name")));
            }
        });

        // limit 2 and (usually) one shared second: the page full of the cursor's second falls back
        await().atMost(Duration.ofSeconds(10)).until(() -> names.contains("Lap 3"));
        odoo.superuser("res.partner", "write", List.of(List.of(first), Map.of("name", "Lap 1 again")), Map.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> names.contains("Lap 1 again"));
        assertThat(names).startsWith("Lap 1", "Lap 2");
    }

    @Test
    void aFailedRecordOrAFailedPollDoesNotMoveTheCursor() throws Exception {
        odoo.seed("res.partner", Map.of("name", "Retry A"));
        odoo.seed("res.partner", Map.of("name", "Retry B"));
        List<Object> seen = new CopyOnWriteArrayList<>();
        ConcurrentHashMap<Object, Boolean> failedOnce = new ConcurrentHashMap<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("odoo:res.partner?tenant=t1&fields=name&delay=50&cursorName=retry-test"
                                + "&domain=[[\"name\",\"like\",\"Retry \"]]")
                        .routeId("odoo-retry-test")
                        .process(e -> {
                            Object name = e.getMessage().getBody(Map.class).get("name");
                            seen.add(name);
                            if ("Retry B".equals(name) && failedOnce.putIfAbsent(name, true) == null) {
                                throw new IllegalStateException("downstream hiccup");
                            }
                        });
            }
        });

        await().atMost(Duration.ofSeconds(10))
                .until(() -> seen.stream().filter("Retry B"::equals).count() == 2);
        assertThat(seen).containsExactly("Retry A", "Retry B", "Retry B");

        CursorStore.Cursor before = cursors.load("t1", "retry-test").orElseThrow();
        odoo.stopListening();
        try {
            odoo.seed("res.partner", Map.of("name", "Retry C"));
            long saves = cursors.saves;
            await().pollDelay(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> true);
            assertThat(cursors.saves).isEqualTo(saves);
            assertThat(cursors.load("t1", "retry-test")).contains(before);
        } finally {
            odoo.resumeListening();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> seen.contains("Retry C"));
    }

    /** The component's storage port, in memory: the PostgreSQL one is tested in routes. */
    static final class MemoryCursors implements CursorStore {
        final Map<String, Cursor> cursors = new ConcurrentHashMap<>();
        volatile long saves;

        @Override
        public Optional<Cursor> load(String tenantId, String cursorKey) {
            return Optional.ofNullable(cursors.get(tenantId + "/" + cursorKey));
        }

        @Override
        public void save(String tenantId, String cursorKey, Cursor cursor) {
            cursors.put(tenantId + "/" + cursorKey, cursor);
            saves++;
        }
    }
}
