package com.dentalai.hub.connectors.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code X-Hub-Signature-256: sha256=<hex>}, Meta's HMAC-SHA256 of the raw request bytes keyed
 * with the app secret (not the verify token). It must see the bytes exactly as they arrived: Meta
 * escapes non-ASCII as {@code \\uXXXX} in what it signs, so a re-serialised body never verifies.
 */
public final class WhatsAppSignatureVerifier {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";
    private static final int HEX_LENGTH = 64;

    private final SecretKeySpec key;

    public WhatsAppSignatureVerifier(String appSecret) {
        Objects.requireNonNull(appSecret, "appSecret");
        if (appSecret.isBlank()) {
            throw new IllegalArgumentException("WhatsApp app secret must not be blank");
        }
        this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** False for a missing, malformed or wrong header; never throws for bad input. */
    public boolean isValid(byte[] rawBody, String signatureHeader) {
        if (rawBody == null || signatureHeader == null) {
            return false;
        }
        String header = signatureHeader.strip();
        if (header.length() != PREFIX.length() + HEX_LENGTH
                || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header, PREFIX.length(), header.length());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(rawBody), given);
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every JRE; reaching this means a broken runtime
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "WhatsAppSignatureVerifier[appSecret=***]";
    }
}
