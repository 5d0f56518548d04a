package com.dentalai.hub.handover;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The {@code handovers} table (row-level secured per tenant). */
@Component
class HandoverStore {

    private static final String COLUMNS = "id, tenant_id, channel, conversation_key, patient_ref, odoo_model,"
            + " odoo_record_id, odoo_activity_id, note, started_at, last_message_at, last_staff_message_id, state,"
            + " resumed_at";

    private final TenantTransactions tx;

    HandoverStore(TenantTransactions tx) {
        this.tx = tx;
    }

    /**
     * The conversation's open handover, created if there is none. A redelivered turn finds the one
     * its first attempt created, so staff get one activity per handover.
     */
    Handover open(
            String tenant,
            Channel channel,
            String key,
            String patientRef,
            OdooFrontDesk.Target chatter,
            String noteHtml,
            Instant at) {
        return tx.inTenant(tenant, jdbc -> {
            jdbc.update(
                    "insert into handovers (tenant_id, channel, conversation_key, patient_ref, odoo_model,"
                            + " odoo_record_id, note, started_at, last_message_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " on conflict (tenant_id, channel, conversation_key) where state = 'open' do nothing",
                    tenant,
                    channel.name(),
                    key,
                    patientRef,
                    chatter == null ? null : chatter.model(),
                    chatter == null ? null : chatter.recordId(),
                    noteHtml,
                    Timestamp.from(at),
                    Timestamp.from(at));
            return jdbc.query(
                            "select " + COLUMNS + " from handovers where tenant_id = ? and channel = ?"
                                    + " and conversation_key = ? and state = 'open'",
                            HandoverStore::row,
                            tenant,
                            channel.name(),
                            key)
                    .get(0);
        });
    }

    void activityCreated(String tenant, long id, long activityId) {
        tx.inTenant(
                tenant, jdbc -> jdbc.update("update handovers set odoo_activity_id = ? where id = ?", activityId, id));
    }

    Optional<Handover> openFor(String tenant, Channel channel, String key) {
        return tx.inTenant(tenant, jdbc -> jdbc
                .query(
                        "select " + COLUMNS + " from handovers where tenant_id = ? and channel = ?"
                                + " and conversation_key = ? and state = 'open'",
                        HandoverStore::row,
                        tenant,
                        channel.name(),
                        key)
                .stream()
                .findFirst());
    }

    /** Handovers the poller still has work on: open ones, and resumed ones not yet confirmed. */
    List<Handover> pending(String tenant) {
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.query(
                        "select " + COLUMNS + " from handovers where tenant_id = ? and state in ('open', 'resumed')"
                                + " order by id",
                        HandoverStore::row,
                        tenant));
    }

    /** Claims the handover for {@code lease} so no other hub instance relays its messages meanwhile. */
    boolean lease(String tenant, long id, Instant now, Duration lease) {
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "update handovers set lease_until = ? where id = ?"
                                        + " and (lease_until is null or lease_until < ?)",
                                Timestamp.from(now.plus(lease)),
                                id,
                                Timestamp.from(now)))
                == 1;
    }

    void release(String tenant, long id) {
        tx.inTenant(tenant, jdbc -> jdbc.update("update handovers set lease_until = null where id = ?", id));
    }

    /** A staff message was sent to the patient: the cursor moves past it and the quiet time restarts. */
    void relayed(String tenant, long id, long messageId, Instant at) {
        tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "update handovers set last_staff_message_id = greatest(last_staff_message_id, ?),"
                                + " last_message_at = greatest(last_message_at, ?) where id = ?",
                        messageId,
                        Timestamp.from(at),
                        id));
    }

    /** The patient wrote while a human has the conversation: the quiet time restarts. */
    void patientWrote(String tenant, Channel channel, String key, Instant at) {
        tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "update handovers set last_message_at = greatest(last_message_at, ?)"
                                + " where tenant_id = ? and channel = ? and conversation_key = ? and state = 'open'",
                        Timestamp.from(at),
                        tenant,
                        channel.name(),
                        key));
    }

    void resumed(String tenant, long id, String reason, Instant at) {
        tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "update handovers set state = 'resumed', resume_reason = ?, resumed_at = ? where id = ?",
                        reason,
                        Timestamp.from(at),
                        id));
    }

    void closed(String tenant, long id) {
        tx.inTenant(tenant, jdbc -> jdbc.update("update handovers set state = 'closed' where id = ?", id));
    }

    private static Handover row(ResultSet rs, int n) throws SQLException {
        return new Handover(
                rs.getLong("id"),
                rs.getString("tenant_id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("conversation_key"),
                rs.getString("patient_ref"),
                rs.getString("odoo_model"),
                (Long) rs.getObject("odoo_record_id"),
                (Long) rs.getObject("odoo_activity_id"),
                rs.getString("note"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("last_message_at").toInstant(),
                rs.getLong("last_staff_message_id"),
                rs.getString("state"),
                rs.getTimestamp("resumed_at") == null
                        ? null
                        : rs.getTimestamp("resumed_at").toInstant());
    }
}
