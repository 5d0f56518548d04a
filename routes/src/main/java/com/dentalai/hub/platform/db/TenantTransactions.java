package com.dentalai.hub.platform.db;

import java.util.Collection;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only way hub code touches tenant-owned rows: a transaction in which PostgreSQL row-level
 * security sees exactly the given tenant set. Policies read it as
 * {@code tenant_id = any(string_to_array(current_setting('hub.tenant_ids', true), ','))}; without
 * the setting a query sees nothing. The setting is transaction-local, so a pooled connection never
 * carries one tenant's scope into the next transaction.
 */
@Component
public class TenantTransactions {

    /** The PostgreSQL setting the row-level security policies read. */
    public static final String TENANT_SETTING = "hub.tenant_ids";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public TenantTransactions(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} in one transaction that may see and write only rows of {@code tenantIds}. */
    public <T> T inTenants(Collection<String> tenantIds, Function<JdbcTemplate, T> work) {
        String scope = String.join(",", tenantIds);
        return tx.execute(status -> {
            jdbc.queryForObject("select set_config(?, ?, true)", String.class, TENANT_SETTING, scope);
            return work.apply(jdbc);
        });
    }

    /** Runs {@code work} in one transaction scoped to a single tenant. */
    public <T> T inTenant(String tenantId, Function<JdbcTemplate, T> work) {
        return inTenants(java.util.List.of(tenantId), work);
    }
}
