package com.dentalai.hub.platform.db;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where hub state lives. With {@code url} blank the hub starts an embedded PostgreSQL (real
 * binaries) with its data under {@code embeddedDataDir}.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code HUB_DB_URL}); blank = embedded
 * @param username the owner/migration login for an external server ({@code HUB_DB_USERNAME})
 * @param password its password ({@code HUB_DB_PASSWORD})
 * @param appRole the non-owner, non-superuser role the app runs as, so row-level security applies
 * @param appPassword the app role's password (generated for the embedded server when blank)
 * @param embeddedDataDir data folder of the embedded server
 * @param embeddedPort port of the embedded server (0 = any free port)
 * @param poolSize maximum JDBC connections of the app pool
 */
@Validated
@ConfigurationProperties("hub.db")
public record DatabaseProperties(
        String url,
        String username,
        String password,
        @NotBlank String appRole,
        String appPassword,
        @NotBlank String embeddedDataDir,
        int embeddedPort,
        int poolSize) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
