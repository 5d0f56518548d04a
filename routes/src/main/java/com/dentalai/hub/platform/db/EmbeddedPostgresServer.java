package com.dentalai.hub.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** The embedded PostgreSQL of the one-machine default, or nothing when an external one is used. */
final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer of(EmbeddedPostgres postgres) {
        return new EmbeddedPostgresServer(postgres);
    }

    static EmbeddedPostgresServer none() {
        return new EmbeddedPostgresServer(null);
    }

    /**
     * Without credentials in the URL: pgjdbc lets URL parameters win over the pool's username, so
     * {@code getJdbcUrl("postgres", …)} would make the app pool log in as the superuser too and
     * silently bypass row-level security.
     */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
