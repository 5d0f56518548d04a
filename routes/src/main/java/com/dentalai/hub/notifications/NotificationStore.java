package com.dentalai.hub.notifications;

import com.dentalai.hub.domain.notifications.DedupeWindow;
import com.dentalai.hub.domain.notifications.StaffNotice;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The notifications table (in-app inbox and email outbox) and the de-duplication windows, both
 * in PostgreSQL under row-level security, so every hub instance sees the same windows.
 */
@Component
class NotificationStore {

    /** One notice as its recipient sees it. */
    record Notification(
            UUID id, String kind, String title, String link, String excerpt, Instant createdAt, Instant readAt) {}

    /** A staff member's inbox: the newest notices and how many are unread. */
    record Inbox(long unread, List<Notification> notifications) {}

    /** An email waiting in the outbox. */
    record Outgoing(UUID id, String tenantId, String email, String kind, String title, String link, String excerpt) {}

    private static final String NOTIFICATION_COLUMNS = "id, kind, title, link, excerpt, created_at, read_at";

    private final TenantTransactions tx;
    private final NotificationsProperties properties;
    private final Clock clock;

    @Autowired
    NotificationStore(TenantTransactions tx, NotificationsProperties properties) {
        this(tx, properties, Clock.systemUTC());
    }

    /** With a clock of the caller's choosing (tests move time past the dedupe window). */
    NotificationStore(TenantTransactions tx, NotificationsProperties properties, Clock clock) {
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Files the notice unless its event key has an open window: one transaction opens (or
     * re-opens) the window and writes the row, so two instances racing on one key write one row.
     * Returns the new notification's id, or empty when it was a duplicate.
     */
    Optional<UUID> admit(String storeTenant, StaffNotice notice, UUID hubUser, String title, String link) {
        Instant now = clock.instant();
        DedupeWindow window = new DedupeWindow(properties.dedupeWindow());
        return tx.inTenant(storeTenant, jdbc -> {
            List<Integer> opened = jdbc.query(
                    "insert into notification_dedupe (tenant_id, event_key, window_start) values (?, ?, ?)"
                            + " on conflict (tenant_id, event_key) do update set window_start = excluded.window_start"
                            + " where notification_dedupe.window_start <= ? returning 1",
                    (rs, i) -> 1,
                    storeTenant,
                    notice.eventKey(),
                    Timestamp.from(now),
                    Timestamp.from(window.expiredAtOrBefore(now)));
            if (opened.isEmpty()) {
                return Optional.<UUID>empty();
            }
            UUID id = UUID.randomUUID();
            jdbc.update(
                    "insert into notifications (id, tenant_id, recipient_user_id, recipient_email, odoo_user_id, kind,"
                            + " event_key, source_key, title, link, excerpt, created_at, email_status)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    storeTenant,
                    hubUser,
                    notice.email(),
                    notice.odooUserId(),
                    notice.kind().name(),
                    notice.eventKey(),
                    notice.sourceKey(),
                    title,
                    link,
                    notice.excerpt(),
                    Timestamp.from(now),
                    notice.email() == null ? "NONE" : "PENDING");
            return Optional.of(id);
        });
    }

    /** The user's own notices in their tenant, newest first, and the unread count. */
    Inbox inbox(String tenantId, UUID user, int limit) {
        return tx.inTenant(tenantId, jdbc -> {
            List<Notification> items = jdbc.query(
                    "select " + NOTIFICATION_COLUMNS
                            + " from notifications where tenant_id = ? and recipient_user_id = ?"
                            + " order by created_at desc, id desc limit ?",
                    (rs, i) -> notification(rs),
                    tenantId,
                    user,
                    limit);
            Long unread = jdbc.queryForObject(
                    "select count(*) from notifications where tenant_id = ? and recipient_user_id = ? and read_at is null",
                    Long.class,
                    tenantId,
                    user);
            return new Inbox(unread == null ? 0 : unread, items);
        });
    }

    /** Marks one of the user's own notices read (again: no change); false when it is not theirs. */
    boolean markRead(String tenantId, UUID user, UUID id) {
        Instant now = clock.instant();
        return tx.inTenant(
                tenantId,
                jdbc -> jdbc.update(
                                "update notifications set read_at = coalesce(read_at, ?)"
                                        + " where id = ? and tenant_id = ? and recipient_user_id = ?",
                                Timestamp.from(now),
                                id,
                                tenantId,
                                user)
                        == 1);
    }

    /**
     * Sends up to {@code batch} pending emails of one tenant through {@code sender} (true = sent).
     * The rows stay locked while they are sent ({@code skip locked}), so two instances never send
     * the same email; a failure counts an attempt and marks the row FAILED after the last one.
     * Returns how many were sent.
     */
    int sendPending(String tenantId, int batch, int maxAttempts, Predicate<Outgoing> sender) {
        Instant now = clock.instant();
        return tx.inTenant(tenantId, jdbc -> {
            List<Outgoing> pending = jdbc.query(
                    "select id, tenant_id, recipient_email, kind, title, link, excerpt from notifications"
                            + " where tenant_id = ? and email_status = 'PENDING' order by created_at limit ?"
                            + " for update skip locked",
                    (rs, i) -> new Outgoing(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7)),
                    tenantId,
                    batch);
            int sent = 0;
            for (Outgoing email : pending) {
                if (sender.test(email)) {
                    jdbc.update(
                            "update notifications set email_status = 'SENT', email_sent_at = ?,"
                                    + " email_attempts = email_attempts + 1 where id = ?",
                            Timestamp.from(now),
                            email.id());
                    sent++;
                } else {
                    jdbc.update(
                            "update notifications set email_attempts = email_attempts + 1, email_status ="
                                    + " case when email_attempts + 1 >= ? then 'FAILED' else 'PENDING' end where id = ?",
                            maxAttempts,
                            email.id());
                }
            }
            return sent;
        });
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp(7);
        return new Notification(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                read == null ? null : read.toInstant());
    }
}
