package com.dentalai.hub.billing;

import com.dentalai.hub.platform.db.TenantTransactions;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The {@code patient_payments} table (V52): what each patient payment session pays for, where its
 * receipt goes, and the claim that settles it once.
 */
@Component
class PatientPaymentStore {

    /** A session stuck in "settling" this long (the process died mid-way) may be claimed again. */
    private static final String STALE_CLAIM = "interval '5 minutes'";

    private final TenantTransactions tx;

    PatientPaymentStore(TenantTransactions tx) {
        this.tx = tx;
    }

    /** One session; {@code conversationKey} and {@code patientRef} index PHI: never log them. */
    record Session(
            String tenant,
            String sessionId,
            String invoiceRef,
            String invoiceNumber,
            String patientRef,
            String channel,
            String conversationKey,
            String language,
            long amountMinor,
            String currency,
            String connectedAccount,
            String status) {

        @Override
        public String toString() {
            return "Session[tenant=" + tenant + ", session=" + sessionId + ", status=" + status + "]";
        }
    }

    void linkSent(Session s) {
        tx.inTenant(
                s.tenant(),
                jdbc -> jdbc.update(
                        "insert into patient_payments (tenant_id, session_id, invoice_ref, invoice_number, patient_ref,"
                                + " channel, conversation_key, language, amount_minor, currency, connected_account)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                        s.tenant(),
                        s.sessionId(),
                        s.invoiceRef(),
                        s.invoiceNumber(),
                        s.patientRef(),
                        s.channel(),
                        s.conversationKey(),
                        s.language(),
                        s.amountMinor(),
                        s.currency(),
                        s.connectedAccount()));
    }

    Optional<Session> find(String tenant, String sessionId) {
        return tx.inTenant(tenant, jdbc -> jdbc
                .query(
                        "select * from patient_payments where tenant_id = ? and session_id = ?",
                        (rs, i) -> new Session(
                                rs.getString("tenant_id"),
                                rs.getString("session_id"),
                                rs.getString("invoice_ref"),
                                rs.getString("invoice_number"),
                                rs.getString("patient_ref"),
                                rs.getString("channel"),
                                rs.getString("conversation_key"),
                                rs.getString("language"),
                                rs.getLong("amount_minor"),
                                rs.getString("currency"),
                                rs.getString("connected_account"),
                                rs.getString("status")),
                        tenant,
                        sessionId)
                .stream()
                .findFirst());
    }

    /**
     * Claims the session for settling by {@code eventId}: true for exactly one caller, however many
     * deliveries of the completion (same or different event ids) race here.
     */
    boolean claim(String tenant, String sessionId, String eventId) {
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "update patient_payments set status = 'settling', event_id = ?, updated_at = now()"
                                        + " where tenant_id = ? and session_id = ? and (status = 'link_sent'"
                                        + " or (status = 'settling' and updated_at < now() - " + STALE_CLAIM + "))",
                                eventId,
                                tenant,
                                sessionId))
                == 1;
    }

    /** The end of a claim: {@code paid}, {@code already_paid}, {@code unknown_invoice} — or {@code link_sent} to retry. */
    void settle(String tenant, String sessionId, String status, Long odooPaymentId) {
        tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "update patient_payments set status = ?, odoo_payment_id = coalesce(?, odoo_payment_id),"
                                + " updated_at = now() where tenant_id = ? and session_id = ?",
                        status,
                        odooPaymentId,
                        tenant,
                        sessionId));
    }
}
