package com.dentalai.hub.connectors.odoo;

import static com.dentalai.hub.connectors.odoo.OdooClientContract.assertKind;
import static com.dentalai.hub.connectors.odoo.OdooClientContract.catchOdoo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;
import com.dentalai.hub.connectors.odoo.OdooException.Kind;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Retries for transport failures only, and one circuit breaker per tenant. */
class OdooResilienceTest {

    private static final OdooResilience TIGHT =
            new OdooResilience(2, Duration.ofMillis(10), 2.0, Duration.ofMillis(50), 50f, 4, 2, Duration.ofSeconds(30));

    private OdooStandInServer healthy;
    private OdooStandInServer troubled;
    private OdooClientFactory factory;
    private ExecutorService background;

    @BeforeEach
    void start() {
        healthy = new OdooStandInServer().start();
        troubled = new OdooStandInServer().start();
        factory = new OdooClientFactory(TIGHT);
        background = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        healthy.close();
        troubled.close();
    }

    private static OdooConnection to(
            OdooStandInServer server, String tenant, Transport transport, Duration readTimeout) {
        return new OdooConnection(
                tenant,
                URI.create(server.url()),
                server.database(),
                "admin",
                transport == Transport.JSON2 ? server.addApiKey("admin") : "admin",
                null,
                transport,
                Duration.ofMillis(500),
                readTimeout);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aHangingOdooNeverSlowsAnotherTenant(Transport transport) throws Exception {
        troubled.setLatency(Duration.ofSeconds(5));
        OdooClient dead =
                factory.create(to(troubled, "hanging-clinic-" + transport, transport, Duration.ofMillis(200)));
        OdooClient alive = factory.create(to(healthy, "healthy-clinic-" + transport, transport, Duration.ofSeconds(5)));
        alive.searchCount("res.partner", OdooDomain.all()); // warm up the connection

        Future<List<Kind>> deadCalls = background.submit(() -> {
            List<Kind> kinds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                kinds.add(catchOdoo(() -> dead.searchCount("res.partner", OdooDomain.all()))
                        .kind());
            }
            return kinds;
        });
        long slowest = 0;
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            assertThat(alive.searchCount("res.partner", OdooDomain.all())).isPositive();
            slowest = Math.max(slowest, System.nanoTime() - t0);
        }

        assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofMillis(1000));
        // both attempts of the first call fail: that fills the window and opens the breaker
        assertThat(deadCalls.get())
                .containsExactly(Kind.TRANSPORT, Kind.UNAVAILABLE, Kind.UNAVAILABLE, Kind.UNAVAILABLE);
        assertThat(factory.breaker("hanging-clinic-" + transport).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(factory.breaker("healthy-clinic-" + transport).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void anOpenBreakerFailsFastWithUnavailable() {
        troubled.stopListening(); // connection refused
        OdooClient dead = factory.create(to(troubled, "refused-clinic", Transport.XMLRPC, Duration.ofSeconds(1)));
        assertKind(() -> dead.searchCount("res.partner", OdooDomain.all()), Kind.TRANSPORT);

        long t0 = System.nanoTime();
        OdooException fast = catchOdoo(() -> dead.searchCount("res.partner", OdooDomain.all()));

        assertThat(fast.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(100));
        assertThat(fast.patientMessage()).doesNotContain("refused");
    }

    @Test
    void connectionRefusedIsRetriedAndRecoversWhenOdooIsBack() {
        OdooClient client = new OdooClientFactory(OdooResilience.defaults())
                .create(to(troubled, "restarting-clinic", Transport.XMLRPC, Duration.ofSeconds(2)));
        troubled.stopListening();
        assertKind(() -> client.searchCount("res.partner", OdooDomain.all()), Kind.TRANSPORT);

        troubled.resumeListening();

        assertThat(client.searchCount("res.partner", OdooDomain.all())).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void a503IsRetriedWithBackoffUntilOdooAnswers(Transport transport) {
        OdooClient client = new OdooClientFactory(new OdooResilience(
                        3, Duration.ofMillis(5), 2.0, Duration.ofMillis(20), 50f, 10, 10, Duration.ofSeconds(30)))
                .create(to(troubled, "proxy-clinic-" + transport, transport, Duration.ofSeconds(2)));
        client.authenticate();
        troubled.resetCallCounts();
        troubled.failNextRequests(2);

        assertThat(client.searchCount("res.partner", OdooDomain.all())).isPositive();
        assertThat(troubled.totalCalls()).isEqualTo(3);
    }

    @Test
    void validationFaultsAreNeverRetried() {
        OdooClient client = factory.create(to(healthy, "strict-clinic", Transport.XMLRPC, Duration.ofSeconds(2)));
        client.authenticate();
        healthy.resetCallCounts();

        assertKind(() -> client.create("calendar.event", Map.of("name", "no dates")), Kind.VALIDATION);
        assertThat(healthy.callCount("create")).isEqualTo(1);
        assertThat(factory.breaker("strict-clinic").getMetrics().getNumberOfFailedCalls())
                .isZero();
    }

    @Test
    void aCreateThatTimedOutIsNotSentAgainButAReadIs() {
        OdooResilience retryOnly = new OdooResilience(
                3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50), 50f, 100, 100, Duration.ofSeconds(30));
        OdooClient client = new OdooClientFactory(retryOnly)
                .create(to(troubled, "slow-clinic", Transport.XMLRPC, Duration.ofMillis(150)));
        client.authenticate();
        troubled.setLatency(Duration.ofMillis(600));
        troubled.resetCallCounts();

        assertKind(() -> client.create("res.partner", Map.of("name", "maybe created")), Kind.TRANSPORT);
        // longer than the first backoff: a retry would have arrived by then
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> troubled.totalCalls() == 1);

        assertKind(() -> client.searchCount("res.partner", OdooDomain.all()), Kind.TRANSPORT);
        await().atMost(Duration.ofSeconds(2)).until(() -> troubled.totalCalls() == 1 + retryOnly.maxAttempts());
    }

    @Test
    void authenticateFalseIsAnAuthFailureAndNotRetried() {
        OdooClient client = factory.create(to(healthy, "wrong-login", Transport.XMLRPC, Duration.ofSeconds(2))
                .withSecret("wrong"));
        healthy.resetCallCounts();

        assertKind(client::authenticate, Kind.AUTH);
        assertThat(healthy.callCount("authenticate")).isEqualTo(1);
    }

    @Test
    void accessDeniedLogsInAgainExactlyOnce() {
        OdooClient client = factory.create(to(healthy, "relogin-clinic", Transport.XMLRPC, Duration.ofSeconds(2)));
        client.authenticate();
        ((ResilientOdooClient) client).cacheUid(424_242);
        healthy.resetCallCounts();

        assertThat(client.searchCount("res.partner", OdooDomain.all())).isPositive();
        assertThat(healthy.callCount("authenticate")).isEqualTo(1);
        assertThat(healthy.callCount("search_count")).isEqualTo(1);
        assertThat(healthy.totalCalls()).isEqualTo(3); // refused call, login, the call again
    }
}
