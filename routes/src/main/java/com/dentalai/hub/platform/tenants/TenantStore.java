package com.dentalai.hub.platform.tenants;

import com.dentalai.hub.platform.db.OwnerDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code tenants} table. The app role only reads, through the {@code tenant_directory} view;
 * the file bootstrap writes as the schema owner, like a migration would, so no request-serving
 * code path (and no SQL injection in one) can rewrite the tenant directory.
 */
@Component
class TenantStore {

    /** Serialises concurrent bootstraps of several hub instances (any constant works). */
    private static final long BOOTSTRAP_LOCK = 0x7465_6e61_6e74L;

    private final JdbcTemplate app;
    private final JdbcTemplate owner;
    private final TransactionTemplate ownerTx;

    TenantStore(DataSource appDataSource, OwnerDataSource ownerDataSource) {
        this.app = new JdbcTemplate(appDataSource);
        this.owner = new JdbcTemplate(ownerDataSource);
        this.ownerTx = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource));
    }

    record Row(String id, String name, String kind, String parent, String configJson) {}

    /**
     * Inserts new tenants and updates the file-owned columns of existing ones, in one transaction.
     * Never deletes, never touches created_at or any other table.
     */
    void upsert(List<Row> rows) {
        ownerTx.executeWithoutResult(status -> {
            owner.queryForObject("select pg_advisory_xact_lock(?)", Object.class, BOOTSTRAP_LOCK);
            for (Row r : rows) {
                owner.update(
                        "insert into tenants (id, name, kind, parent, config) values (?, ?, ?, ?, ?::jsonb)"
                                + " on conflict (id) do update set name = excluded.name, kind = excluded.kind,"
                                + " parent = excluded.parent, config = excluded.config, updated_at = now()"
                                + " where (tenants.name, tenants.kind, tenants.parent, tenants.config)"
                                + " is distinct from (excluded.name, excluded.kind, excluded.parent, excluded.config)",
                        r.id(),
                        r.name(),
                        r.kind(),
                        r.parent(),
                        r.configJson());
            }
        });
    }

    List<Row> all() {
        return app.query(
                "select id, name, kind, parent, config::text as config from tenant_directory order by id",
                (rs, n) -> new Row(
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getString("parent"),
                        rs.getString("config")));
    }
}
