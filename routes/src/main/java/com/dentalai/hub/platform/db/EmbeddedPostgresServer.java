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
     * Without a {@code user=} parameter: pgJDBC lets a URL parameter win over the pool's username,
     * which would silently run the app pool as the superuser and bypass row-level security.
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
