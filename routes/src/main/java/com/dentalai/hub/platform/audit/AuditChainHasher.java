package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-tenant hash chain: {@code hash = SHA-256(prev_hash + canonical(event))}, hex encoded.
 * The canonical form length-prefixes every field, so no value can shift text into its neighbour
 * and produce the same bytes; extra entries are sorted by key. Interim home until
 * {@code domain.audit.AuditChain} lands; the lead dedupes.
 */
final class AuditChainHasher {

    /** prev_hash of the first row of every chain. */
    static final String GENESIS = "0".repeat(64);

    private AuditChainHasher() {}

    static String hash(String previousHash, AuditEvent event) {
        MessageDigest sha = sha256();
        sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
        sha.update(canonical(event).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    static String canonical(AuditEvent e) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, e.ts().toString());
        field(sb, e.tenant());
        field(sb, e.actor());
        field(sb, e.verb());
        field(sb, e.objectType());
        field(sb, e.objectId());
        field(sb, e.outcome().name());
        field(sb, e.ip());
        field(sb, e.correlationId());
        Map<String, String> sorted = new TreeMap<>(e.extra());
        sb.append(sorted.size()).append('{');
        sorted.forEach((k, v) -> {
            field(sb, k);
            field(sb, v);
        });
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-;");
        } else {
            sb.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
