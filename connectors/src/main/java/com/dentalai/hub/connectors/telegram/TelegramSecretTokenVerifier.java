package com.dentalai.hub.connectors.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Telegram signs nothing: the only proof a webhook call comes from Telegram is the secret we set with
 * {@code setWebhook(secret_token)}, echoed in {@code X-Telegram-Bot-Api-Secret-Token}. Compared in
 * constant time; a missing header is invalid.
 */
public final class TelegramSecretTokenVerifier {

    public static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** What Telegram accepts as secret_token. */
    static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final byte[] secret;

    public TelegramSecretTokenVerifier(String secretToken) {
        Objects.requireNonNull(secretToken, "secretToken");
        if (!SECRET.matcher(secretToken).matches()) {
            throw new IllegalArgumentException("Telegram secret token must be 1-256 of A-Z a-z 0-9 _ -");
        }
        this.secret = secretToken.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isValid(String headerValue) {
        return headerValue != null && MessageDigest.isEqual(secret, headerValue.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "TelegramSecretTokenVerifier[secretToken=***]";
    }
}
