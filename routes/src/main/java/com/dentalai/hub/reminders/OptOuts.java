package com.dentalai.hub.reminders;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Who said "stop" (table {@code patient_opt_outs}, row-level secured): by conversation, and by
 * patient once the conversation knows who it is. Only non-essential messages check it.
 */
@Component
class OptOuts {

    private final TenantTransactions tx;

    OptOuts(TenantTransactions tx) {
        this.tx = tx;
    }

    /** Records the opt-out; a repeated "stop" keeps the first time and learns the patient ref. */
    void record(String tenant, Channel channel, String conversationKey, String patientRef, Instant at) {
        tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "insert into patient_opt_outs (tenant_id, channel, conversation_key, patient_ref, opted_out_at)"
                                + " values (?, ?, ?, ?, ?) on conflict (tenant_id, channel, conversation_key) do update"
                                + " set patient_ref = coalesce(excluded.patient_ref, patient_opt_outs.patient_ref)",
                        tenant,
                        channel.name(),
                        conversationKey,
                        patientRef,
                        Timestamp.from(at)));
    }

    /** Whether the patient, or the conversation a message would go to, opted out. */
    boolean optedOut(String tenant, String patientRef, Channel channel, String conversationKey) {
        Integer count = tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "select count(*) from patient_opt_outs where tenant_id = ? and ((patient_ref is not null"
                                + " and patient_ref = ?) or (channel = ? and conversation_key = ?))",
                        Integer.class,
                        tenant,
                        patientRef,
                        channel == null ? null : channel.name(),
                        conversationKey));
        return count != null && count > 0;
    }
}
