package com.dentalai.hub.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to which object, for which tenant, with what outcome.
 * The CSV export columns of CONTRACTS.md follow this record's order. {@code extra} holds non-PHI
 * details only (route id, permission, reason).
 */
public record AuditEvent(
        Instant ts,
        String tenant,
        String actor,
        String verb,
        String objectType,
        String objectId,
        Outcome outcome,
        String ip,
        String correlationId,
        Map<String, String> extra) {

    public enum Outcome {
        SUCCESS,
        DENIED,
        FAILURE
    }

    public AuditEvent {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(outcome, "outcome");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
