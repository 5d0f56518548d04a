package com.dentalai.hub.reminders;

import com.dentalai.hub.domain.reminders.ReminderKind;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The reminder schedule in PostgreSQL (tables {@code reminders}, row-level secured per tenant, and
 * {@code scheduler_leases}). Every state change is a conditional UPDATE on the state it expects, so
 * two hub instances, a retry and a late tap can never both win.
 */
@Component
class ReminderStore {

    static final String LEASE = "reminder-dispatch";

    private static final String COLUMNS = "id, tenant_id, appointment_ref, version, kind, state, due_at,"
            + " appointment_start, patient_ref, attempts, channel, conversation_key, answer, rating, comment_until";

    private final TenantTransactions tx;

    ReminderStore(TenantTransactions tx) {
        this.tx = tx;
    }

    // ---------------------------------------------------------------- planning

    /** Plans one message; false when the same (appointment, version, kind) is already planned. */
    boolean plan(
            String tenant,
            String appointmentRef,
            String version,
            ReminderKind kind,
            Instant dueAt,
            Instant start,
            String patientRef) {
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "insert into reminders (tenant_id, appointment_ref, version, kind, state, due_at,"
                                        + " appointment_start, patient_ref) values (?, ?, ?, ?, 'due', ?, ?, ?)"
                                        + " on conflict (tenant_id, appointment_ref, version, kind) do nothing",
                                tenant,
                                appointmentRef,
                                version,
                                kind.name(),
                                ts(dueAt),
                                ts(start),
                                patientRef))
                > 0;
    }

    /** Reminders of other versions of the appointment no longer apply: the time changed. */
    int supersede(String tenant, String appointmentRef, String currentVersion) {
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "update reminders set state = 'superseded', updated_at = now() where tenant_id = ?"
                                + " and appointment_ref = ? and kind <> 'SURVEY' and version <> ?"
                                + " and state in ('due', 'sending', 'sent', 'answered')",
                        tenant,
                        appointmentRef,
                        currentVersion));
    }

    /**
     * An appointment restored after a cancellation (or moved back to a time it had): its unsent
     * rows of that version are due again; sent ones stay sent.
     */
    int revive(String tenant, String appointmentRef, String version) {
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "update reminders set state = 'due', updated_at = now() where tenant_id = ?"
                                + " and appointment_ref = ? and version = ? and kind <> 'SURVEY'"
                                + " and state in ('cancelled', 'superseded') and sent_at is null",
                        tenant,
                        appointmentRef,
                        version));
    }

    /** The appointment no longer takes place: none of its reminders apply. */
    int cancel(String tenant, String appointmentRef) {
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "update reminders set state = 'cancelled', updated_at = now() where tenant_id = ?"
                                + " and appointment_ref = ? and kind <> 'SURVEY'"
                                + " and state in ('due', 'sending', 'sent', 'answered')",
                        tenant,
                        appointmentRef));
    }

    // ---------------------------------------------------------------- dispatching

    /**
     * Takes or renews the dispatcher lease for {@code holder}; true when {@code holder} leads. The
     * lease uses the database's clock, so instances with skewed clocks still agree on who leads.
     */
    boolean lead(Collection<String> tenants, String holder, Duration lease) {
        return tx.inTenants(tenants, jdbc -> !jdbc.queryForList(
                        "insert into scheduler_leases (name, holder, expires_at) values (?, ?, now() + (?::double precision) * interval '1 millisecond')"
                                + " on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at"
                                + " where scheduler_leases.holder = excluded.holder or scheduler_leases.expires_at < now()"
                                + " returning holder",
                        String.class,
                        LEASE,
                        holder,
                        lease.toMillis())
                .isEmpty());
    }

    /** Gives the lease up (shutdown), so another instance leads at its next tick. */
    void release(Collection<String> tenants, String holder) {
        tx.inTenants(
                tenants,
                jdbc -> jdbc.update("delete from scheduler_leases where name = ? and holder = ?", LEASE, holder));
    }

    /**
     * Claims up to {@code batch} due rows for {@code claimant}: due rows whose time has come, and
     * rows claimed before {@code staleBefore} that were never settled. SKIP LOCKED lets a concurrent
     * claimant take other rows instead of waiting for these.
     */
    List<ReminderRow> claim(Collection<String> tenants, String claimant, Instant now, Instant staleBefore, int batch) {
        return tx.inTenants(
                tenants,
                jdbc -> jdbc.query(
                        "update reminders set state = 'sending', claimed_by = ?, claimed_at = ?, attempts = attempts + 1,"
                                + " updated_at = now() where id in (select id from reminders where (state = 'due' and due_at <= ?)"
                                + " or (state = 'sending' and claimed_at < ?) order by due_at, id limit ? for update skip locked)"
                                + " returning " + COLUMNS,
                        (rs, i) -> read(rs),
                        claimant,
                        ts(now),
                        ts(now),
                        ts(staleBefore),
                        batch));
    }

    /** Settles a claimed row; false when it was superseded, cancelled or re-claimed meanwhile. */
    boolean settle(
            ReminderRow row, String claimant, String state, String channel, String key, String outcome, Instant at) {
        return tx.inTenant(
                        row.tenantId(),
                        jdbc -> jdbc.update(
                                "update reminders set state = ?, channel = ?, conversation_key = ?, outcome = ?,"
                                        + " sent_at = case when ? = 'sent' then ? else sent_at end, updated_at = now()"
                                        + " where id = ? and state = 'sending' and claimed_by = ?",
                                state,
                                channel,
                                key,
                                outcome,
                                state,
                                ts(at),
                                row.id(),
                                claimant))
                > 0;
    }

    /** A transient failure: due again at {@code dueAt}. */
    boolean retry(ReminderRow row, String claimant, Instant dueAt, String outcome) {
        return tx.inTenant(
                        row.tenantId(),
                        jdbc -> jdbc.update(
                                "update reminders set state = 'due', due_at = ?, outcome = ?, claimed_by = null,"
                                        + " updated_at = now() where id = ? and state = 'sending' and claimed_by = ?",
                                ts(dueAt),
                                outcome,
                                row.id(),
                                claimant))
                > 0;
    }

    // ---------------------------------------------------------------- answers

    Optional<ReminderRow> find(String tenant, long id) {
        return tx.inTenant(
                tenant,
                jdbc ->
                        jdbc
                                .query("select " + COLUMNS + " from reminders where id = ?", (rs, i) -> read(rs), id)
                                .stream()
                                .findFirst());
    }

    /** Records the first answer to a sent reminder; false when it was answered already. */
    boolean answer(String tenant, long id, String answer) {
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "update reminders set state = 'answered', answer = ?, updated_at = now()"
                                        + " where id = ? and state = 'sent'",
                                answer,
                                id))
                > 0;
    }

    /** Records the survey's rating (once) and opens the comment window. */
    boolean rate(String tenant, long id, int rating, Instant commentUntil) {
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "update reminders set state = 'answered', answer = 'RATING', rating = ?,"
                                        + " comment_until = ?, updated_at = now() where id = ? and state = 'sent'"
                                        + " and kind = 'SURVEY'",
                                rating,
                                ts(commentUntil),
                                id))
                > 0;
    }

    /** The survey of this conversation still waiting for its optional comment at {@code now}. */
    Optional<ReminderRow> awaitingComment(String tenant, String channel, String key, Instant now) {
        return tx.inTenant(tenant, jdbc -> jdbc
                .query(
                        "select " + COLUMNS + " from reminders where tenant_id = ? and channel = ?"
                                + " and conversation_key = ? and comment_until is not null and comment_until > ?"
                                + " order by comment_until desc limit 1",
                        (rs, i) -> read(rs),
                        tenant,
                        channel,
                        key,
                        ts(now))
                .stream()
                .findFirst());
    }

    /** Closes the comment window; false when it was closed already (the comment is taken once). */
    boolean closeComment(String tenant, long id) {
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "update reminders set comment_until = null, updated_at = now()"
                                        + " where id = ? and comment_until is not null",
                                id))
                > 0;
    }

    private static ReminderRow read(ResultSet rs) throws SQLException {
        Integer rating = rs.getObject("rating") == null ? null : rs.getInt("rating");
        return new ReminderRow(
                rs.getLong("id"),
                rs.getString("tenant_id"),
                rs.getString("appointment_ref"),
                rs.getString("version"),
                ReminderKind.valueOf(rs.getString("kind")),
                rs.getString("state"),
                instant(rs.getTimestamp("due_at")),
                instant(rs.getTimestamp("appointment_start")),
                rs.getString("patient_ref"),
                rs.getInt("attempts"),
                rs.getString("channel"),
                rs.getString("conversation_key"),
                rs.getString("answer"),
                rating,
                instant(rs.getTimestamp("comment_until")));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
