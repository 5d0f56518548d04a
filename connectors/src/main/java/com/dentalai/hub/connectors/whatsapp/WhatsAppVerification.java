package com.dentalai.hub.connectors.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Meta's webhook subscription handshake: {@code GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…}
 * is answered 200 with the bare challenge (text/plain) when the token matches, else 403.
 */
public final class WhatsAppVerification {

    public static final String MODE = "hub.mode";
    public static final String VERIFY_TOKEN = "hub.verify_token";
    public static final String CHALLENGE = "hub.challenge";

    // Meta sends a number; anything else is not echoed, so the endpoint cannot reflect arbitrary content.
    private static final Pattern SAFE_CHALLENGE = Pattern.compile("[A-Za-z0-9_.-]{1,256}");

    private final byte[] verifyToken;

    public WhatsAppVerification(String verifyToken) {
        Objects.requireNonNull(verifyToken, "verifyToken");
        if (verifyToken.isBlank()) {
            throw new IllegalArgumentException("WhatsApp verify token must not be blank");
        }
        this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The challenge to echo, or empty when the request must be refused with 403. */
    public Optional<String> challenge(String mode, String token, String challenge) {
        if (!"subscribe".equals(mode) || token == null || challenge == null) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return SAFE_CHALLENGE.matcher(challenge).matches() ? Optional.of(challenge) : Optional.empty();
    }

    /** Same, reading {@code hub.mode}, {@code hub.verify_token} and {@code hub.challenge} from query parameters. */
    public Optional<String> challenge(Map<String, ?> queryParameters) {
        return challenge(
                text(queryParameters.get(MODE)),
                text(queryParameters.get(VERIFY_TOKEN)),
                text(queryParameters.get(CHALLENGE)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public String toString() {
        return "WhatsAppVerification[verifyToken=***]";
    }
}
