package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditChain;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * SQL of the audit trail. Every statement runs through {@link TenantTransactions}, so row-level
 * security bounds what each call can see and write.
 */
@Component
class AuditStore {

    record ChainHead(long lastSeq, String lastHash) {}

    record RetentionMark(long purgedThroughSeq, String anchorHash) {}

    private static final String COLUMNS =
            "id, seq, ts, tenant_id, actor, verb, object_type, object_id, outcome, ip, correlation_id, extra::text as extra,"
                    + " prev_hash, hash";

    private static final String INSERT = "insert into audit_events (event_id, tenant_id, seq, ts, actor, verb,"
            + " object_type, object_id, outcome, ip, correlation_id, extra, prev_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)";

    private final TenantTransactions tx;
    private final AuditEventCodec codec;
    private final RowMapper<StoredAuditRow> rowMapper = this::mapRow;

    AuditStore(TenantTransactions tx, AuditEventCodec codec) {
        this.tx = tx;
        this.codec = codec;
    }

    /**
     * Appends a batch in one transaction: per tenant (in id order, so two writers never deadlock)
     * the chain head is locked, events already written (a redelivery) are skipped, the rest are
     * chained and inserted, and the head moves on.
     *
     * @return how many rows were written
     */
    int append(List<QueuedAuditEvent> batch) {
        Map<String, List<QueuedAuditEvent>> byTenant = new TreeMap<>();
        for (QueuedAuditEvent q : batch) {
            QueuedAuditEvent normal = new QueuedAuditEvent(q.id(), AuditEvents.normalize(q.event()));
            byTenant.computeIfAbsent(normal.event().tenant(), t -> new ArrayList<>())
                    .add(normal);
        }
        return tx.inTenants(byTenant.keySet(), jdbc -> {
            Map<String, ChainHead> heads = new TreeMap<>();
            for (String tenant : byTenant.keySet()) {
                heads.put(tenant, lockHead(jdbc, tenant));
            }
            Set<UUID> seen = alreadyWritten(jdbc, batch);
            int written = 0;
            for (Map.Entry<String, List<QueuedAuditEvent>> e : byTenant.entrySet()) {
                written += appendToChain(jdbc, e.getKey(), heads.get(e.getKey()), e.getValue(), seen);
            }
            return written;
        });
    }

    private ChainHead lockHead(JdbcTemplate jdbc, String tenant) {
        jdbc.update(
                "insert into audit_chain_heads (tenant_id, last_seq, last_hash) values (?, 0, ?)"
                        + " on conflict (tenant_id) do nothing",
                tenant,
                AuditChain.GENESIS);
        return jdbc.queryForObject(
                "select last_seq, last_hash from audit_chain_heads where tenant_id = ? for update",
                (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)),
                tenant);
    }

    /**
     * Bound as a real {@code uuid[]}: row-level security lets only leakproof conditions drive an
     * index scan, and a text-to-uuid[] cast in the query is not leakproof (a scan of the table).
     */
    private static Set<UUID> alreadyWritten(JdbcTemplate jdbc, List<QueuedAuditEvent> batch) {
        Object[] ids = batch.stream().map(QueuedAuditEvent::id).toArray();
        return new HashSet<>(jdbc.query(
                con -> {
                    PreparedStatement ps =
                            con.prepareStatement("select event_id from audit_events where event_id = any(?)");
                    ps.setArray(1, con.createArrayOf("uuid", ids));
                    return ps;
                },
                (rs, i) -> rs.getObject(1, UUID.class)));
    }

    private int appendToChain(
            JdbcTemplate jdbc, String tenant, ChainHead head, List<QueuedAuditEvent> events, Set<UUID> seen) {
        long seq = head.lastSeq();
        String prev = head.lastHash();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (QueuedAuditEvent q : events) {
            if (!seen.add(q.id())) {
                continue;
            }
            AuditEvent e = q.event();
            String hash = AuditChain.hash(prev, e);
            seq++;
            rows.add(new Object[] {
                q.id(),
                tenant,
                seq,
                OffsetDateTime.ofInstant(e.ts(), ZoneOffset.UTC),
                e.actor(),
                e.verb(),
                e.objectType(),
                e.objectId(),
                e.outcome().name(),
                e.ip(),
                e.correlationId(),
                codec.extraToJson(e.extra()),
                prev,
                hash
            });
            prev = hash;
        }
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(INSERT, rows);
        jdbc.update("update audit_chain_heads set last_seq = ?, last_hash = ? where tenant_id = ?", seq, prev, tenant);
        return rows.size();
    }

    Optional<ChainHead> head(String tenant) {
        return tx.inTenant(tenant, jdbc -> jdbc
                .query(
                        "select last_seq, last_hash from audit_chain_heads where tenant_id = ?",
                        (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)),
                        tenant)
                .stream()
                .findFirst());
    }

    Optional<RetentionMark> retentionMark(String tenant) {
        return tx.inTenant(tenant, jdbc -> jdbc
                .query(
                        "select purged_through_seq, anchor_hash from audit_retention_marks where tenant_id = ?",
                        (rs, i) -> new RetentionMark(rs.getLong(1), rs.getString(2)),
                        tenant)
                .stream()
                .findFirst());
    }

    /** Rows of one chain in sequence order, {@code afterSeq < seq <= throughSeq}. */
    List<StoredAuditRow> chainPage(String tenant, long afterSeq, long throughSeq, int limit) {
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.query(
                        "select " + COLUMNS + " from audit_events where tenant_id = ? and seq > ? and seq <= ?"
                                + " order by seq limit ?",
                        rowMapper,
                        tenant,
                        afterSeq,
                        throughSeq,
                        limit));
    }

    /** The highest row id the scope can see now: an export stops there, so it always ends. */
    long maxId(Collection<String> scope) {
        Long max = tx.inTenants(scope, jdbc -> jdbc.queryForObject("select max(id) from audit_events", Long.class));
        return max == null ? 0 : max;
    }

    /**
     * One keyset page of the export, streamed row by row into {@code sink} (no page list in
     * memory): rows with {@code afterId < id <= maxId} in the window, in id order. {@code verbs} is
     * a comma list (validated by the caller), empty for all.
     */
    void exportPage(
            Collection<String> scope,
            long afterId,
            long maxId,
            Instant from,
            Instant to,
            String verbs,
            int limit,
            RowCallbackHandler sink) {
        tx.inTenants(scope, jdbc -> {
            jdbc.query(
                    "select id, ts, tenant_id, actor, verb, object_type, object_id, outcome, ip, correlation_id,"
                            + " extra::text as extra from audit_events where id > ? and id <= ? and ts >= ? and ts < ?"
                            + " and (? = '' or verb = any(string_to_array(?, ','))) order by id limit ?",
                    sink,
                    afterId,
                    maxId,
                    OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
                    OffsetDateTime.ofInstant(to, ZoneOffset.UTC),
                    verbs,
                    verbs,
                    limit);
            return null;
        });
    }

    /** Every tenant with an audit chain (ids only, through a narrow SECURITY DEFINER function). */
    List<String> tenantsWithChains() {
        return tx.inTenants(List.of(), jdbc -> jdbc.queryForList("select t from audit_tenants() as t", String.class));
    }

    private StoredAuditRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        AuditEvent event = new AuditEvent(
                rs.getObject("ts", OffsetDateTime.class).toInstant(),
                rs.getString("tenant_id"),
                rs.getString("actor"),
                rs.getString("verb"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                AuditEvent.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("ip"),
                rs.getString("correlation_id"),
                codec.extraFromJson(rs.getString("extra")));
        return new StoredAuditRow(
                rs.getLong("id"), rs.getLong("seq"), rs.getString("prev_hash"), rs.getString("hash"), event);
    }
}
