package com.dentalai.hub.connectors.odoo;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds {@link OdooClient}s. One circuit breaker per tenant, so a clinic whose Odoo is down fails
 * fast on its own while every other clinic keeps its normal latency; each client also has its own
 * HTTP connection and timeouts. Thread-safe; meant to be a singleton.
 */
public final class OdooClientFactory {

    private final CircuitBreakerRegistry breakers;
    private final OdooResilience resilience;
    private final Map<OdooConnection, OdooClient> clients = new ConcurrentHashMap<>();

    public OdooClientFactory(OdooResilience resilience) {
        this.resilience = resilience;
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(resilience.slidingWindowSize())
                .minimumNumberOfCalls(resilience.minimumNumberOfCalls())
                .failureRateThreshold(resilience.failureRateThreshold())
                .waitDurationInOpenState(resilience.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                // only "Odoo is not answering" counts; a validation fault is a healthy server saying no
                .recordException(OdooClientFactory::isOutage)
                .build();
        this.breakers = CircuitBreakerRegistry.of(config);
    }

    public OdooClientFactory() {
        this(OdooResilience.defaults());
    }

    /**
     * The client for this connection, built once and reused: each client owns an HTTP client (with
     * its own selector thread on the JSON transports), so do not build one per request.
     */
    public OdooClient clientFor(OdooConnection connection) {
        return clients.computeIfAbsent(connection, this::create);
    }

    /** A new client; prefer {@link #clientFor} in long-running code. */
    public OdooClient create(OdooConnection connection) {
        OdooRpc rpc =
                switch (connection.transport()) {
                    case XMLRPC -> new XmlRpcOdooRpc(connection);
                    case JSONRPC -> new JsonRpcOdooRpc(connection);
                    case JSON2 -> new Json2OdooRpc(connection);
                };
        return new ResilientOdooClient(connection, rpc, breaker(connection.tenantId()), resilience);
    }

    /** The tenant's breaker (for health checks and metrics). */
    public CircuitBreaker breaker(String tenantId) {
        return breakers.circuitBreaker("odoo-" + tenantId);
    }

    private static boolean isOutage(Throwable t) {
        return t instanceof OdooException e && e.kind() == OdooException.Kind.TRANSPORT;
    }
}
