package com.dentalai.hub.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The tamper-evident link between audit rows of one tenant: each row stores the hash of the row
 * before it and its own hash {@code SHA-256(previousHash + "\n" + canonical(event))}, hex. Editing a
 * row breaks its own hash; deleting or reordering rows breaks the next row's link. The first row of
 * a tenant links to {@link #GENESIS}.
 *
 * <p>The canonical form ({@link #canonical}) is versioned and independent of JSON libraries: one
 * line per field in record order, each value as {@code <utf-8 byte length>:<value>} or {@code ~} for
 * null; {@code ts} as ISO-8601 truncated to microseconds (what PostgreSQL {@code timestamptz} keeps,
 * so a row read back hashes the same); {@code extra} sorted by key.
 */
public final class AuditChain {

    /** The previous hash of a tenant's first row. */
    public static final String GENESIS = "0".repeat(64);

    static final String VERSION = "audit-v1";

    private AuditChain() {}

    /** One stored row: the event, the hash it links to, and its own hash. */
    public record ChainedEvent(AuditEvent event, String previousHash, String hash) {
        public ChainedEvent {
            Objects.requireNonNull(event, "event");
        }

        /** Links {@code event} after {@code previousHash}. */
        public static ChainedEvent link(String previousHash, AuditEvent event) {
            return new ChainedEvent(event, previousHash, AuditChain.hash(previousHash, event));
        }
    }

    /**
     * The outcome of {@link #verify}: {@code firstBroken} is the index of the first row that does
     * not verify, or -1 when the chain is intact.
     */
    public record VerifyResult(boolean intact, int firstBroken, String reason) {
        static VerifyResult ok(int rows) {
            return new VerifyResult(true, -1, rows + " rows verified");
        }

        static VerifyResult broken(int index, String reason) {
            return new VerifyResult(false, index, "row " + index + ": " + reason);
        }
    }

    /** SHA-256 hex of the previous hash and the canonical form of {@code event}. */
    public static String hash(String previousHash, AuditEvent event) {
        Objects.requireNonNull(previousHash, "previousHash");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(canonical(event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A tenant's whole chain, from its first row. */
    public static VerifyResult verify(List<ChainedEvent> chain) {
        return verify(chain, GENESIS);
    }

    /**
     * A contiguous stretch of a chain whose first row links to {@code startHash} (the stored hash
     * of the row before the stretch). Rows deleted from the very end cannot be seen from the rows
     * alone: compare the last hash with one kept elsewhere (an export, a checkpoint) for that.
     */
    public static VerifyResult verify(List<ChainedEvent> chain, String startHash) {
        String expectedPrevious = startHash;
        String tenant = chain.isEmpty() ? null : chain.get(0).event().tenant();
        for (int i = 0; i < chain.size(); i++) {
            ChainedEvent row = chain.get(i);
            if (!Objects.equals(tenant, row.event().tenant())) {
                return VerifyResult.broken(i, "belongs to another tenant's chain");
            }
            if (!Objects.equals(expectedPrevious, row.previousHash())) {
                return VerifyResult.broken(i, "does not link to the row before it (a row was deleted or reordered)");
            }
            if (!hash(row.previousHash(), row.event()).equals(row.hash())) {
                return VerifyResult.broken(i, "hash does not match its content (the row was edited)");
            }
            expectedPrevious = row.hash();
        }
        return VerifyResult.ok(chain.size());
    }

    /** The stable text that is hashed for {@code event}. */
    public static String canonical(AuditEvent event) {
        StringBuilder out = new StringBuilder(VERSION).append('\n');
        field(out, "ts", event.ts().truncatedTo(ChronoUnit.MICROS).toString());
        field(out, "tenant", event.tenant());
        field(out, "actor", event.actor());
        field(out, "verb", event.verb());
        field(out, "object_type", event.objectType());
        field(out, "object_id", event.objectId());
        field(out, "outcome", event.outcome().name());
        field(out, "ip", event.ip());
        field(out, "correlation_id", event.correlationId());
        Map<String, String> extra = new TreeMap<>(event.extra());
        out.append("extra=").append(extra.size()).append('\n');
        extra.forEach((key, value) -> {
            field(out, "extra.key", key);
            field(out, "extra.value", value);
        });
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('~');
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length)
                    .append(':')
                    .append(value);
        }
        out.append('\n');
    }
}
