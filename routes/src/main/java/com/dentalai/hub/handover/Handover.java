package com.dentalai.hub.handover;

import com.dentalai.hub.domain.channel.Channel;
import java.time.Instant;

/**
 * One conversation a human took over, as stored in {@code handovers}.
 *
 * @param odooModel with {@code odooRecordId}: the chatter staff answer on; null when the patient is
 *     unknown (replies are then not relayed, see docs/handover.md)
 * @param note the activity's note for staff (HTML; PHI: quotes the patient)
 * @param lastMessageAt the last message from staff or patient: the quiet time counts from here
 * @param lastStaffMessageId the cursor: the newest chatter message already relayed
 * @param resumedAt when the bot resumed (state {@code resumed}); null while open
 */
record Handover(
        long id,
        String tenant,
        Channel channel,
        String conversationKey,
        String patientRef,
        String odooModel,
        Long odooRecordId,
        Long odooActivityId,
        String note,
        Instant startedAt,
        Instant lastMessageAt,
        long lastStaffMessageId,
        String state,
        Instant resumedAt) {

    static final String OPEN = "open";
    static final String RESUMED = "resumed";
    static final String CLOSED = "closed";

    boolean hasChatter() {
        return odooModel != null && odooRecordId != null;
    }

    /** Ids only: the patient ref and the note stay out of logs. */
    @Override
    public String toString() {
        return "Handover[id=" + id + ", tenant=" + tenant + ", channel=" + channel + ", state=" + state + "]";
    }
}
