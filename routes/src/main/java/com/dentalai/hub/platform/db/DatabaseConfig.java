package com.dentalai.hub.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two connection identities on one database: the owner, which runs Flyway migrations and owns
 * the tables, and the app role, which the hub runs as so that PostgreSQL row-level security
 * applies to every query (owners and superusers bypass RLS).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties props) {
        if (!props.embedded()) {
            return EmbeddedPostgresServer.none();
        }
        Path dataDir = Path.of(props.embeddedDataDir()).toAbsolutePath();
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(props.embeddedPort())
                    .start();
            return EmbeddedPostgresServer.of(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    @Bean
    @FlywayDataSource
    OwnerDataSource ownerDataSource(DatabaseProperties props, EmbeddedPostgresServer server) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("hub-owner");
        cfg.setMaximumPoolSize(2);
        cfg.setMinimumIdle(0);
        if (props.embedded()) {
            cfg.setJdbcUrl(server.jdbcUrl());
            cfg.setUsername("postgres");
            cfg.setPassword("");
        } else {
            cfg.setJdbcUrl(props.url());
            cfg.setUsername(props.username());
            cfg.setPassword(props.password());
        }
        return new OwnerDataSource(new HikariDataSource(cfg));
    }

    @Bean
    AppRole appRole(DatabaseProperties props, OwnerDataSource owner) {
        return AppRole.provision(owner, props.appRole(), props.appPassword());
    }

    @Bean
    @Primary
    DataSource dataSource(DatabaseProperties props, OwnerDataSource owner, AppRole role) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("hub-app");
        cfg.setMaximumPoolSize(props.poolSize());
        cfg.setJdbcUrl(owner.jdbcUrl());
        cfg.setUsername(role.name());
        cfg.setPassword(role.password());
        return new HikariDataSource(cfg);
    }
}
