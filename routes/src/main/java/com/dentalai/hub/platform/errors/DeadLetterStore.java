package com.dentalai.hub.platform.errors;

import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The PostgreSQL index of dead letters (V20), always under row-level security. */
@Component
public class DeadLetterStore {

    private static final String COLUMNS = "id, tenant_id, route_id, failed_route_id, endpoint_uri, exception_type, "
            + "reason, correlation_id, context_token, failed_at, status, replayed_at, replayed_by";

    private final TenantTransactions tx;

    DeadLetterStore(TenantTransactions tx) {
        this.tx = tx;
    }

    void insert(DeadLetter letter) {
        tx.inTenant(
                letter.tenant(),
                jdbc -> jdbc.update(
                        "insert into hub_dead_letters (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        letter.id(),
                        letter.tenant(),
                        letter.routeId(),
                        letter.failedRouteId(),
                        letter.endpoint(),
                        letter.exceptionType(),
                        letter.reason(),
                        letter.correlationId(),
                        letter.contextToken(),
                        Timestamp.from(letter.failedAt()),
                        letter.status(),
                        null,
                        null));
    }

    /** Newest first, only rows of {@code tenants}; {@code status} null = any. */
    public List<DeadLetter> list(Collection<String> tenants, String status, int limit) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        return tx.inTenants(tenants, jdbc -> {
            List<Object> args = new ArrayList<>();
            String where = "";
            if (status != null) {
                where = " where status = ?";
                args.add(status);
            }
            args.add(limit);
            return jdbc.query(
                    "select " + COLUMNS + " from hub_dead_letters" + where + " order by failed_at desc limit ?",
                    DeadLetterStore::row,
                    args.toArray());
        });
    }

    public Optional<DeadLetter> find(Collection<String> tenants, UUID id) {
        if (tenants.isEmpty()) {
            return Optional.empty();
        }
        return tx.inTenants(
                tenants,
                jdbc ->
                        jdbc
                                .query(
                                        "select " + COLUMNS + " from hub_dead_letters where id = ?",
                                        DeadLetterStore::row,
                                        id)
                                .stream()
                                .findFirst());
    }

    /** Marks a pending letter replayed; false when someone else replayed it first. */
    boolean markReplayed(String tenant, UUID id, String by) {
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "update hub_dead_letters set status = 'REPLAYED', replayed_at = now(), replayed_by = ? "
                                        + "where id = ? and status = 'PENDING'",
                                by,
                                id))
                == 1;
    }

    private static DeadLetter row(ResultSet rs, int n) throws SQLException {
        return new DeadLetter(
                rs.getObject("id", UUID.class),
                rs.getString("tenant_id"),
                rs.getString("route_id"),
                rs.getString("failed_route_id"),
                rs.getString("endpoint_uri"),
                rs.getString("exception_type"),
                rs.getString("reason"),
                rs.getString("correlation_id"),
                rs.getString("context_token"),
                instant(rs.getTimestamp("failed_at")),
                rs.getString("status"),
                instant(rs.getTimestamp("replayed_at")),
                rs.getString("replayed_by"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
