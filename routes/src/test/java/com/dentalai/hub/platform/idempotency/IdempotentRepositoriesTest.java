package com.dentalai.hub.platform.idempotency;

import static com.dentalai.hub.platform.gate.GateTestSupport.send;
import static com.dentalai.hub.platform.gate.GateTestSupport.system;
import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.dentalai.hub.platform.gate.GateTestSupport;
import com.dentalai.hub.platform.gate.GatedRoutes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class IdempotentRepositoriesTest {

    static final String ROUTE = "gate-it-idempotent";

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    TenantTransactions tx;

    final List<String> processed = new CopyOnWriteArrayList<>();

    @Test
    void theSameMessageIdIsProcessedOnceEvenAfterTheConsumerIsRebuilt() throws Exception {
        HubContext sender = system("gate-it-idem");
        String id = "msg-" + UUID.randomUUID();

        addRoute(new IdempotentRepositories(tx));
        send(producer, "direct:gate-it-idempotent", sender, id);
        send(producer, "direct:gate-it-idempotent", sender, id);
        assertThat(processed).containsExactly(id);

        // a new route and a new repository object (as after a restart) still know the key: it lives in PostgreSQL
        GateTestSupport.removeRoute(camel, ROUTE);
        addRoute(new IdempotentRepositories(tx));
        try {
            send(producer, "direct:gate-it-idempotent", sender, id);
            send(producer, "direct:gate-it-idempotent", sender, "other-" + id);
        } finally {
            GateTestSupport.removeRoute(camel, ROUTE);
        }
        assertThat(processed).containsExactly(id, "other-" + id);
    }

    @Test
    void keysAreNamespacedByProcessorAndTenant() {
        IdempotentRepositories repositories = new IdempotentRepositories(tx);
        String key = "k-" + UUID.randomUUID();

        assertThat(repositories.forProcessor("gate-it-a").add(exchangeFor("smile-tlv"), key))
                .isTrue();
        assertThat(repositories.forProcessor("gate-it-a").add(exchangeFor("smile-tlv"), key))
                .isFalse();
        assertThat(repositories.forProcessor("gate-it-b").add(exchangeFor("smile-tlv"), key))
                .isTrue();
        assertThat(repositories.forProcessor("gate-it-a").add(exchangeFor("smile-haifa"), key))
                .isTrue();
        assertThat(repositories.forProcessor("gate-it-a").contains(exchangeFor("smile-haifa"), key))
                .isTrue();
        assertThat(repositories.forProcessor("gate-it-a").remove(exchangeFor("smile-haifa"), key))
                .isTrue();
        assertThat(repositories.forProcessor("gate-it-a").contains(exchangeFor("smile-haifa"), key))
                .isFalse();
        // row-level security: another tenant's transaction does not see the key at all
        assertThat(visibleKeys("smile-haifa", key)).isZero();
        assertThat(visibleKeys("smile-tlv", key)).isEqualTo(2);
    }

    private int visibleKeys(String tenant, String key) {
        Integer count = tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "select count(*) from hub_idempotency_keys where message_id = ?", Integer.class, key));
        return count == null ? -1 : count;
    }

    private DefaultExchange exchangeFor(String tenant) {
        DefaultExchange exchange = new DefaultExchange(camel);
        exchange.setProperty(
                HubContext.PROPERTY,
                new HubContext(
                        tenant,
                        Principal.system("gate-it", tenant),
                        "test",
                        UUID.randomUUID().toString()));
        return exchange;
    }

    private void addRoute(IdempotentRepositories repositories) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:gate-it-idempotent")
                        .routeId(ROUTE)
                        .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                        .idempotentConsumer(body(), repositories.forProcessor("gate-it-updates"))
                        .process(e -> processed.add(e.getMessage().getBody(String.class)));
            }
        });
    }
}
