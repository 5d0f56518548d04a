package com.dentalai.hub.platform.gate;

import static com.dentalai.hub.platform.gate.GateTestSupport.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.context.HubContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Kafka carries the event stream when it is configured: the sender's context crosses a real
 * (embedded KRaft) broker signed like on Artemis, and a record with a forged context is never
 * processed. The broker and the routes exist only for this class, so the shared context stays
 * Artemis-only.
 */
@HubTest
class KafkaContextTest {

    static final String ROUTE = "gate-it-kafka-consumer";
    static final String TOPIC = "gate-it.kafka";

    static EmbeddedKafkaKraftBroker broker;
    static CamelContext started;
    static final List<HubContext> received = new CopyOnWriteArrayList<>();
    static final List<String> bodies = new CopyOnWriteArrayList<>();

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    ContextSigner signer;

    @Autowired
    RecordingAuditTrail audit;

    static String topicUri() {
        return "kafka:" + TOPIC + "?brokers=" + broker.getBrokersAsString();
    }

    // not @BeforeAll: the test listener starts the CamelContext only before the first test method
    @BeforeEach
    void startBrokerAndConsumer() throws Exception {
        started = camel;
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
            broker.afterPropertiesSet();
        }
        if (camel.getRoute(ROUTE) != null) {
            return;
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(topicUri() + "&groupId=gate-it&autoOffsetReset=earliest")
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
    static void stop() throws Exception {
        GateTestSupport.removeRoute(started, ROUTE);
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void theSendersContextArrivesSignedAndVerified() {
        HubContext sender = system("gate-it-kafka-sender");

        producer.send(topicUri(), e -> {
            e.setProperty(HubContext.PROPERTY, sender);
            e.getMessage().setBody("kafka-signed-1");
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> bodies.contains("kafka-signed-1"));
        assertThat(received.get(bodies.indexOf("kafka-signed-1"))).isEqualTo(sender);
    }

    @Test
    void aRecordWithAForgedContextIsRefusedAndNotProcessed() {
        HubContext claimed = new HubContext(
                null, new Principal("mallory", "mallory", null, Set.of(Role.PLATFORM_ADMIN)), "kafka", "c-forged");
        String genuine = signer.sign(system("gate-it-kafka-sender"));
        String forged = signer.sign(claimed).split("\\.")[0] + "." + genuine.split("\\.")[1];

        // a raw producer: the hub's own sends are always stamped, an outsider's are not
        producer.sendBodyAndHeaders(topicUri(), "kafka-forged-1", Map.of(ContextSigner.HEADER, forged));
        producer.send(topicUri(), e -> {
            e.setProperty(HubContext.PROPERTY, system("gate-it-kafka-sender"));
            e.getMessage().setBody("kafka-after-forged");
        });

        // records of a partition are consumed in order: once the later one is in, the forged one was seen
        await().atMost(Duration.ofSeconds(30)).until(() -> bodies.contains("kafka-after-forged"));
        assertThat(bodies).doesNotContain("kafka-forged-1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audit.forRoute(ROUTE))
                .anySatisfy(e -> assertThat(e.extra().get("reason")).contains("signature")));
    }
}
