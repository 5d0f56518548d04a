package com.dentalai.hub.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Authentication settings ({@code hub.security.*}); docs/configuration.md, "Security and tenants".
 *
 * @param jwtSecret HS256 key for the hub's own tokens ({@code HUB_JWT_SECRET}, at least 32 bytes);
 *     blank outside the {@code prod} profile = a random key per run
 * @param issuer the {@code iss} of the hub's tokens
 * @param tokenTtl lifetime of an access token
 * @param bootstrapAdminUser PLATFORM_ADMIN created when no user exists ({@code HUB_BOOTSTRAP_ADMIN_USER})
 * @param bootstrapAdminPassword its password ({@code HUB_BOOTSTRAP_ADMIN_PASSWORD})
 * @param bcryptStrength BCrypt cost factor of stored password hashes
 * @param inviteTtl how long an invite token may be redeemed
 * @param lockout failed logins before an account is locked, and for how long
 * @param throttle failed logins per client address per minute before 429
 * @param oidc an optional external OpenID Connect issuer accepted beside the hub's own tokens
 */
@Validated
@ConfigurationProperties("hub.security")
public record SecurityProperties(
        String jwtSecret,
        @NotBlank String issuer,
        @NotNull Duration tokenTtl,
        String bootstrapAdminUser,
        String bootstrapAdminPassword,
        @Min(4) @Max(16) int bcryptStrength,
        @NotNull Duration inviteTtl,
        @Valid @NotNull Lockout lockout,
        @Valid @NotNull Throttle throttle,
        @Valid @NotNull Oidc oidc) {

    /** @param maxFailures consecutive failures that lock an account; @param duration lock length */
    public record Lockout(@Min(1) int maxFailures, @NotNull Duration duration) {}

    /** @param failuresPerMinute failed logins one client address may make per minute */
    public record Throttle(@Min(1) int failuresPerMinute) {}

    /**
     * @param issuerUri external issuer (blank = off); its JWKS is fetched from the discovery document
     * @param tenantClaim claim holding the hub tenant id
     * @param rolesClaim claim holding the hub role names (array)
     * @param usernameClaim claim holding the display login name
     */
    public record Oidc(String issuerUri, String tenantClaim, String rolesClaim, String usernameClaim) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
