package com.dentalai.hub.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The schema owner's connections: migrations and role provisioning only. A distinct type, so it
 * can never be injected where the app's RLS-bound {@code DataSource} is expected.
 */
public final class OwnerDataSource extends DelegatingDataSource implements AutoCloseable {

    private final HikariDataSource pool;

    OwnerDataSource(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    String jdbcUrl() {
        return pool.getJdbcUrl();
    }

    @Override
    public void close() {
        pool.close();
    }
}
