package com.dentalai.hub.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The HS256 key of the hub's tokens. Without {@code HUB_JWT_SECRET} a development run gets a
 * random key (tokens die with the process); production refuses to start rather than sign with a
 * guessable or ephemeral key.
 */
final class JwtKeys {

    static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private JwtKeys() {}

    static SecretKey resolve(String configured, Environment env) {
        if (configured == null || configured.isBlank()) {
            if (env.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException(
                        "HUB_JWT_SECRET (hub.security.jwt-secret) must be set in the prod profile (at least "
                                + MIN_BYTES + " bytes)");
            }
            LOG.warn("HUB_JWT_SECRET is not set: using a random signing key for this run; "
                    + "tokens will not survive a restart or work across instances");
            byte[] random = new byte[MIN_BYTES];
            RANDOM.nextBytes(random);
            return new SecretKeySpec(random, "HmacSHA256");
        }
        byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalStateException(
                    "HUB_JWT_SECRET (hub.security.jwt-secret) must be at least " + MIN_BYTES + " bytes");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
