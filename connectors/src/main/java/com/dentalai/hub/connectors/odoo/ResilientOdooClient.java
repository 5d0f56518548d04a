package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooException.Kind;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OdooClient} every transport sits behind: caches the uid, logs in again once when Odoo
 * says Access Denied (a restored database, a rotated password), retries transport failures with
 * exponential backoff, and fails fast through the tenant's circuit breaker.
 */
final class ResilientOdooClient implements OdooClient {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientOdooClient.class);

    private final OdooConnection connection;
    private final OdooRpc rpc;
    private final CircuitBreaker breaker;
    private final Retry readRetry;
    private final Retry writeRetry;
    private final Object loginLock = new Object();
    private volatile Long uid;

    ResilientOdooClient(OdooConnection connection, OdooRpc rpc, CircuitBreaker breaker, OdooResilience resilience) {
        this.connection = connection;
        this.rpc = rpc;
        this.breaker = breaker;
        this.readRetry = retry(resilience, "read", this::retryableRead);
        // a timed-out create may have been committed: sending it again would duplicate the record
        this.writeRetry = retry(resilience, "write", e -> retryableRead(e) && !((OdooException) e).maybeDelivered());
    }

    private Retry retry(OdooResilience resilience, String kind, Predicate<Throwable> when) {
        Retry retry = Retry.of(
                "odoo-" + connection.tenantId() + "-" + kind,
                RetryConfig.custom()
                        .maxAttempts(resilience.maxAttempts())
                        .intervalFunction(
                                attempt -> resilience.backoffAfter(attempt).toMillis())
                        .retryOnException(when)
                        .build());
        retry.getEventPublisher()
                .onRetry(event -> LOG.debug(
                        "Odoo transport failure for tenant {}, attempt {}, retrying in {} ms",
                        connection.tenantId(),
                        event.getNumberOfRetryAttempts(),
                        event.getWaitInterval().toMillis()));
        return retry;
    }

    private boolean retryableRead(Throwable failure) {
        return failure instanceof OdooException odoo && odoo.kind().retryable();
    }

    @Override
    public OdooConnection connection() {
        return connection;
    }

    @Override
    public Map<String, Object> version() {
        return guarded("common", "version", rpc::version);
    }

    @Override
    public long authenticate() {
        return guarded("common", "authenticate", this::login);
    }

    @Override
    public Object executeKw(String model, String method, List<?> args, Map<String, ?> kwargs) {
        List<Object> wireArgs = WireValues.list(OdooValues.toOdoo(args == null ? List.of() : args));
        Map<String, Object> wireKwargs = WireValues.map(OdooValues.toOdoo(kwargs == null ? Map.of() : kwargs));
        addCompanyContext(wireKwargs);
        return guarded(model, method, () -> executeWithLogin(model, method, wireArgs, wireKwargs));
    }

    /** For tests: pretend a uid was cached earlier (e.g. before the database was restored). */
    void cacheUid(long staleUid) {
        this.uid = staleUid;
    }

    private Object executeWithLogin(String model, String method, List<Object> args, Map<String, Object> kwargs) {
        long current = rpc.needsUid() ? currentUid() : 0L;
        try {
            return rpc.executeKw(current, model, method, args, kwargs);
        } catch (OdooException e) {
            if (e.kind() != Kind.AUTH || !rpc.needsUid()) {
                throw e;
            }
            LOG.info("Odoo answered Access Denied for tenant {}; logging in again once", connection.tenantId());
            long fresh = relogin(current);
            return rpc.executeKw(fresh, model, method, args, kwargs);
        }
    }

    private long currentUid() {
        Long cached = uid;
        if (cached != null) {
            return cached;
        }
        synchronized (loginLock) {
            if (uid == null) {
                uid = login();
            }
            return uid;
        }
    }

    private long relogin(long rejected) {
        synchronized (loginLock) {
            // another thread may already have logged in again
            if (uid != null && uid != rejected) {
                return uid;
            }
            uid = null;
            uid = login();
            return uid;
        }
    }

    private long login() {
        Object answer = rpc.authenticate();
        if (answer instanceof Number n && n.longValue() > 0) {
            uid = n.longValue();
            return n.longValue();
        }
        // Odoo says False with HTTP 200 for a wrong login/password/database
        throw OdooException.of(
                Kind.AUTH,
                "common",
                "authenticate",
                "Odoo refused the login '" + connection.login() + "' on database '" + connection.database() + "'",
                null);
    }

    private void addCompanyContext(Map<String, Object> kwargs) {
        if (connection.companyId() == null) {
            return;
        }
        Map<String, Object> context = kwargs.get("context") instanceof Map<?, ?> given
                ? new LinkedHashMap<>(WireValues.map(given))
                : new LinkedHashMap<>();
        context.putIfAbsent("allowed_company_ids", List.of(connection.companyId()));
        kwargs.put("context", context);
    }

    /** Transport failures retried with backoff (resilience4j Retry), each attempt through the tenant's breaker. */
    private <T> T guarded(String model, String method, Supplier<T> call) {
        Retry retry = ReadOnlyMethods.contains(method) ? readRetry : writeRetry;
        return Retry.decorateSupplier(retry, () -> throughBreaker(model, method, call))
                .get();
    }

    private <T> T throughBreaker(String model, String method, Supplier<T> call) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException e) {
            throw OdooException.of(
                    Kind.UNAVAILABLE, model, method, "circuit breaker open for tenant " + connection.tenantId(), e);
        }
    }
}
