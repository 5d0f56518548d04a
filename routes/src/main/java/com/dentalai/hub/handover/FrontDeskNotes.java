package com.dentalai.hub.handover;

import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.TenantRecords;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the handover and alert activities share: who the patient is and how staff read the note. */
@Component
class FrontDeskNotes {

    private final TenantRecords records;

    FrontDeskNotes(TenantRecords records) {
        this.records = records;
    }

    /**
     * The patient Dana identified, else the one whose phone the channel vouches for (WhatsApp's
     * sender), so a patient who asks for a person before anything else still lands on their record.
     */
    Optional<String> patient(Tenant tenant, Turn turn, InboundMessage message) {
        if (turn.next().patientRef() != null) {
            return Optional.of(turn.next().patientRef());
        }
        if (message.senderPhone() == null) {
            return Optional.empty();
        }
        return records.forTenant(tenant)
                .findPatientByPhone(message.senderPhone())
                .map(PatientRef::id);
    }

    /** The activity note (an HTML field): Dana's note, plus how to reach someone the clinic has no record of. */
    static String html(String note, InboundMessage message, boolean known) {
        StringBuilder out = new StringBuilder("<p>").append(escape(note)).append("</p>");
        if (!known) {
            out.append("<p>Not matched to a patient record. Channel: ")
                    .append(message.channel())
                    .append(message.senderPhone() == null ? "" : ", phone: " + escape(message.senderPhone()))
                    .append(
                            message.senderName() == null
                                    ? ""
                                    : ", name on the channel: " + escape(message.senderName()))
                    .append("</p>");
        }
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
