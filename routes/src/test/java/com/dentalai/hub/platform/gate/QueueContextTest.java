package com.dentalai.hub.platform.gate;

import static com.dentalai.hub.platform.gate.GateTestSupport.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.errors.DeadLetter;
import com.dentalai.hub.platform.errors.DeadLetterHeaders;
import com.dentalai.hub.platform.errors.DeadLetterStore;
import com.dentalai.hub.platform.errors.DeadLetterTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The context crosses the embedded Artemis signed; a forged or missing one is dead-lettered, never trusted. */
@HubTest
class QueueContextTest {

    static final String ROUTE = "gate-it-queue-consumer";
    static final String QUEUE = "jms:queue:gate-it.inbound";

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    ConsumerTemplate consumer;

    @Autowired
    DeadLetterStore deadLetters;

    @Autowired
    ContextSigner signer;

    @Autowired
    RecordingAuditTrail audit;

    // static: the route outlives each test instance (JUnit creates one per test method; the
    // Camel test listener does not start the context for PER_CLASS instances created first)
    static final List<HubContext> received = new CopyOnWriteArrayList<>();
    static final List<String> bodies = new CopyOnWriteArrayList<>();
    static CamelContext started;

    // not @BeforeAll: the test listener starts the CamelContext only before the first test method
    @BeforeEach
    void addConsumer() throws Exception {
        started = camel;
        if (camel.getRoute(ROUTE) != null) {
            return;
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(QUEUE)
                        .routeId(ROUTE)
                        .routeProperty(GatedRoutes.PERMISSION, "ODOO_READ")
                        .process(e -> {
                            received.add(e.getProperty(HubContext.PROPERTY, HubContext.class));
                            bodies.add(e.getMessage().getBody(String.class));
                        });
            }
        });
    }

    @AfterAll
    static void removeConsumer() throws Exception {
        GateTestSupport.removeRoute(started, ROUTE);
    }

    @Test
    void theSendersContextArrivesSignedAndVerified() {
        HubContext sender = system("gate-it-sender");

        producer.send(QUEUE, e -> {
            e.setProperty(HubContext.PROPERTY, sender);
            e.getMessage().setBody("signed-1");
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> bodies.contains("signed-1"));
        HubContext arrived = received.get(bodies.indexOf("signed-1"));
        assertThat(arrived).isEqualTo(sender);
    }

    @Test
    void aForgedContextIsDeadLetteredWithItsReasonAndNotProcessed() {
        HubContext claimed = new HubContext(
                null,
                new com.dentalai.hub.domain.security.Principal(
                        "mallory",
                        "mallory",
                        null,
                        java.util.Set.of(com.dentalai.hub.domain.security.Role.PLATFORM_ADMIN)),
                "jms",
                "c-forged");
        String genuine = signer.sign(system("gate-it-sender"));
        String forged = signer.sign(claimed).split("\\.")[0] + "." + genuine.split("\\.")[1];

        producer.send(QUEUE, e -> {
            e.getMessage().setHeader(ContextSigner.HEADER, forged);
            e.getMessage().setBody("forged-1");
        });

        Parked parked = awaitParked("forged-1");
        DeadLetter letter = parked.letter();
        // kept as it came, for forensics; it is never trusted on replay (no context token)
        assertThat(parked.message().getMessage().getHeader(ContextSigner.HEADER))
                .isEqualTo(forged);
        assertThat(letter.exceptionType()).isEqualTo(UntrustedContextException.class.getName());
        assertThat(letter.reason()).contains("signature does not verify");
        assertThat(letter.endpoint()).isEqualTo("jms://queue:gate-it.inbound");
        assertThat(letter.contextToken()).isNull();
        assertThat(bodies).doesNotContain("forged-1");
        assertThat(audit.forRoute(ROUTE)).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
            assertThat(e.extra().get("reason")).contains("signature");
        });
    }

    @Test
    void aMessageWithoutContextIsDeadLettered() {
        producer.sendBody(QUEUE, "bare-1");

        DeadLetter letter = awaitDeadLetter("bare-1");
        assertThat(letter.reason()).contains("carries no signed context");
        assertThat(bodies).doesNotContain("bare-1");
    }

    /** Waits for the parked message with {@code body} on the DLQ and returns its index row. */
    private DeadLetter awaitDeadLetter(String body) {
        return awaitParked(body).letter();
    }

    record Parked(Exchange message, DeadLetter letter) {}

    private Parked awaitParked(String body) {
        Exchange[] parked = new Exchange[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            parked[0] = consumer.receive("jms:queue:hub.dlq?selector=RAW(HubDeadLetterRoute='" + ROUTE + "')", 500);
            if (parked[0] != null && !body.equals(parked[0].getMessage().getBody(String.class))) {
                parked[0] = null; // another test's letter: leave it consumed, keep looking
            }
            return parked[0] != null;
        });
        String id = parked[0].getMessage().getHeader(DeadLetterHeaders.ID, String.class);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> DeadLetterTestSupport.find(deadLetters, id, null).isPresent());
        return new Parked(
                parked[0], DeadLetterTestSupport.find(deadLetters, id, null).orElseThrow());
    }
}
