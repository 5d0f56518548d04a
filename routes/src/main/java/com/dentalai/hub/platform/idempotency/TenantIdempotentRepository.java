package com.dentalai.hub.platform.idempotency;

import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.dentalai.hub.platform.gate.PlatformScope;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A persistent {@link IdempotentRepository} on the app's DataSource (table V21), in the spirit of
 * camel-sql's {@code JdbcMessageIdRepository} but tenant-aware: keys are namespaced by processor
 * name and by the exchange's tenant, and every statement runs under row-level security for that
 * tenant. The exchange-less methods of the interface are refused: without an exchange there is no
 * tenant, and guessing one would mix tenants' keys.
 */
public final class TenantIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    private final String processor;
    private final TenantTransactions tx;

    TenantIdempotentRepository(String processor, TenantTransactions tx) {
        this.processor = processor;
        this.tx = tx;
    }

    public String processor() {
        return processor;
    }

    @Override
    public boolean add(Exchange exchange, String key) {
        String tenant = tenant(exchange);
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "insert into hub_idempotency_keys (processor, tenant_id, message_id) values (?, ?, ?) "
                                        + "on conflict do nothing",
                                processor,
                                tenant,
                                key))
                == 1;
    }

    @Override
    public boolean contains(Exchange exchange, String key) {
        String tenant = tenant(exchange);
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "select exists (select 1 from hub_idempotency_keys where processor = ? and tenant_id = ? "
                                + "and message_id = ?)",
                        Boolean.class,
                        processor,
                        tenant,
                        key));
    }

    @Override
    public boolean remove(Exchange exchange, String key) {
        String tenant = tenant(exchange);
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "delete from hub_idempotency_keys where processor = ? and tenant_id = ? and message_id = ?",
                                processor,
                                tenant,
                                key))
                == 1;
    }

    @Override
    public boolean confirm(Exchange exchange, String key) {
        // keys are written eagerly and are final once inserted
        return true;
    }

    @Override
    public boolean add(String key) {
        throw noTenant();
    }

    @Override
    public boolean contains(String key) {
        throw noTenant();
    }

    @Override
    public boolean remove(String key) {
        throw noTenant();
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("Idempotency keys are pruned by retention, not cleared");
    }

    private static String tenant(Exchange exchange) {
        HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        if (context == null) {
            throw new IllegalStateException(
                    "Idempotent consumer used before the gate: the exchange has no hub context");
        }
        return PlatformScope.tenantOf(context);
    }

    private static IllegalStateException noTenant() {
        return new IllegalStateException("Use the exchange-aware methods: keys are namespaced by tenant");
    }

    @Override
    public String toString() {
        return "TenantIdempotentRepository[" + processor + "]";
    }
}
