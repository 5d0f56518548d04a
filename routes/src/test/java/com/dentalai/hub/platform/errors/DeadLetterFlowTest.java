package com.dentalai.hub.platform.errors;

import static com.dentalai.hub.platform.gate.GateTestSupport.operator;
import static com.dentalai.hub.platform.gate.GateTestSupport.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.ContextSigner;
import com.dentalai.hub.platform.gate.GateTestSupport;
import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.gate.PlatformScope;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The central error policy end to end: retries, the Artemis dead-letter queue, its index and the operator API. */
@HubTest
class DeadLetterFlowTest {

    static final String QUEUE = "jms:queue:gate-it.flaky";
    static final String ROUTE = "gate-it-flaky";
    static final String DIRECT_ROUTE = "gate-it-flaky-direct";

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    ConsumerTemplate consumer;

    @Autowired
    DeadLetterStore store;

    @Autowired
    ContextSigner signer;

    @Autowired
    WebApplicationContext web;

    MockMvc mvc;

    // static: the routes outlive each test instance (see QueueContextTest)
    static final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    static final List<HubContext> processed = new CopyOnWriteArrayList<>();
    static final AtomicBoolean failing = new AtomicBoolean(true);
    static CamelContext started;

    // not @BeforeAll: the test listener starts the CamelContext only before the first test method
    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        started = camel;
        if (camel.getRoute(ROUTE) != null) {
            return;
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(QUEUE)
                        .routeId(ROUTE)
                        .routeProperty(GatedRoutes.PERMISSION, "ODOO_WRITE")
                        .process(e -> e.getMessage().setHeader("Touched", "yes")) // must not reach the DLQ
                        .process(DeadLetterFlowTest::flaky);
                from("direct:gate-it-flaky")
                        .routeId(DIRECT_ROUTE)
                        .routeProperty(GatedRoutes.PERMISSION, "ODOO_WRITE")
                        .process(DeadLetterFlowTest::flaky);
            }
        });
    }

    @AfterAll
    static void tearDown() throws Exception {
        GateTestSupport.removeRoute(started, ROUTE);
        GateTestSupport.removeRoute(started, DIRECT_ROUTE);
    }

    static void flaky(Exchange exchange) throws IOException {
        String body = exchange.getMessage().getBody(String.class);
        attempts.computeIfAbsent(body, b -> new AtomicInteger()).incrementAndGet();
        if (body.startsWith("invalid")) {
            throw new IllegalArgumentException("rejected input");
        }
        if (failing.get()) {
            throw new IOException("odoo unreachable");
        }
        processed.add(exchange.getProperty(HubContext.PROPERTY, HubContext.class));
    }

    @Test
    void aTransientFaultIsRetriedWithBackOffThenParkedWithBodyHeadersContextAndReason() {
        HubContext sender = system("gate-it-sender");

        producer.send(QUEUE, e -> {
            e.setProperty(HubContext.PROPERTY, sender);
            e.getMessage().setHeader("LabOrderRef", "L-7");
            e.getMessage().setBody("flaky-1");
        });

        DeadLetter letter = awaitLetter(sender.correlationId());
        assertThat(attempts.get("flaky-1")).hasValue(3); // first try + hub.errors.max-redeliveries (2 in tests)
        assertThat(letter.routeId()).isEqualTo(ROUTE);
        assertThat(letter.failedRouteId()).isEqualTo(ROUTE);
        assertThat(letter.endpoint()).isEqualTo("jms://queue:gate-it.flaky");
        assertThat(letter.exceptionType()).isEqualTo(IOException.class.getName());
        assertThat(letter.reason()).isEqualTo("IOException: odoo unreachable");
        assertThat(letter.tenant()).isEqualTo(PlatformScope.TENANT_ID);
        assertThat(letter.status()).isEqualTo(DeadLetter.PENDING);

        Exchange parked =
                consumer.receive("jms:queue:hub.dlq?selector=RAW(HubDeadLetterId='" + letter.id() + "')", 10_000);
        assertThat(parked).isNotNull();
        assertThat(parked.getMessage().getBody(String.class)).isEqualTo("flaky-1");
        assertThat(parked.getMessage().getHeader("LabOrderRef")).isEqualTo("L-7");
        assertThat(parked.getMessage().getHeader("Touched"))
                .as("the original message is parked")
                .isNull();
        assertThat(parked.getMessage().getHeader(DeadLetterHeaders.REASON)).isEqualTo("IOException: odoo unreachable");
        assertThat(parked.getMessage().getHeader(DeadLetterHeaders.ENDPOINT)).isEqualTo("jms://queue:gate-it.flaky");
        assertThat(signer.verify(parked.getMessage().getHeader(ContextSigner.HEADER, String.class)))
                .contains(sender);
    }

    @Test
    void aValidationErrorIsNotRetried() {
        HubContext sender = system("gate-it-sender");

        producer.send(QUEUE, e -> {
            e.setProperty(HubContext.PROPERTY, sender);
            e.getMessage().setBody("invalid-1");
        });

        DeadLetter letter = awaitLetter(sender.correlationId());
        assertThat(letter.exceptionType()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(attempts.get("invalid-1")).hasValue(1);
    }

    @Test
    void aWaitingCallerGetsTheExceptionAndNothingIsParked() {
        HubContext caller = system("gate-it-caller");

        Exchange done = GateTestSupport.send(producer, "direct:gate-it-flaky", caller, "direct-1");

        assertThat(done.getException()).isInstanceOf(IOException.class);
        assertThat(attempts.get("direct-1")).hasValue(3);
        assertThat(store.list(Set.of(PlatformScope.TENANT_ID), null, 1000))
                .noneMatch(l -> DIRECT_ROUTE.equals(l.routeId()));
    }

    @Test
    void anOperatorListsAndReplaysADeadLetterThroughTheGate() throws Exception {
        HubContext sender = system("gate-it-replayed");
        producer.send(QUEUE, e -> {
            e.setProperty(HubContext.PROPERTY, sender);
            e.getMessage().setBody("replay-1");
        });
        DeadLetter letter = awaitLetter(sender.correlationId());

        mvc.perform(get("/api/v1/admin/dead-letters").with(as(operator())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(
                        jsonPath("$[?(@.id == '" + letter.id() + "')].route_id").value(ROUTE))
                .andExpect(
                        jsonPath("$[?(@.id == '" + letter.id() + "')].status").value("PENDING"));

        failing.set(false);
        try {
            mvc.perform(post("/api/v1/admin/dead-letters/{id}/replay", letter.id())
                            .with(as(operator()))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("REPLAYED"))
                    .andExpect(jsonPath("$.outcome").value("processed"));
        } finally {
            failing.set(true);
        }

        // replayed with the original context, not the operator's: the route's gate checked the sender again
        assertThat(processed).contains(sender);
        assertThat(attempts.get("replay-1")).hasValue(4);
        assertThat(DeadLetterTestSupport.find(store, letter.id().toString(), null))
                .hasValueSatisfying(l -> {
                    assertThat(l.status()).isEqualTo(DeadLetter.REPLAYED);
                    assertThat(l.replayedBy()).isEqualTo(operator().id());
                });

        mvc.perform(post("/api/v1/admin/dead-letters/{id}/replay", letter.id())
                        .with(as(operator()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void replayingAnUnknownIdIsA404Problem() throws Exception {
        mvc.perform(post("/api/v1/admin/dead-letters/{id}/replay", UUID.randomUUID())
                        .with(as(operator()))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:dentalai:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Dead letter not found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void aDentistMayNotSeeDeadLetters() throws Exception {
        Principal dentist = new Principal("u-dentist", "dentist", "smile-tlv", Set.of(Role.DENTIST));

        mvc.perform(get("/api/v1/admin/dead-letters").with(as(dentist)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:dentalai:problem:forbidden"))
                .andExpect(jsonPath("$.status").value(403));
    }

    private DeadLetter awaitLetter(String correlationId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> byCorrelation(correlationId) != null);
        return byCorrelation(correlationId);
    }

    private DeadLetter byCorrelation(String correlationId) {
        return store.list(Set.of(PlatformScope.TENANT_ID), null, 1000).stream()
                .filter(l -> correlationId.equals(l.correlationId()))
                .findFirst()
                .orElse(null);
    }

    private static RequestPostProcessor as(Principal principal) {
        return authentication(new TestingAuthenticationToken(principal, null, "ROLE_USER"));
    }
}
