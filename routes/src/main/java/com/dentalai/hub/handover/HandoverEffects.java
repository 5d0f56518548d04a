package com.dentalai.hub.handover;

import com.dentalai.hub.conversation.EffectHandler;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.domain.conversation.Effect;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.StaffActivities;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A patient asked for a person: Dana has paused the conversation and (for an identified patient)
 * posted the note on the patient's chatter through the handover tool. Here the front desk gets a
 * "To Do" activity on the same record and the hub records the handover, which the relay then
 * watches for staff replies and for the activity being marked done.
 */
@Component
class HandoverEffects implements EffectHandler<Effect.Handover> {

    private static final Logger LOG = LoggerFactory.getLogger(HandoverEffects.class);

    private final TenantDirectory tenants;
    private final HandoverStore store;
    private final OdooFrontDesk frontDesk;
    private final FrontDeskNotes notes;
    private final StaffActivities staff;
    private final HandoverActivities activities;
    private final Clock clock = Clock.systemUTC();

    HandoverEffects(
            TenantDirectory tenants,
            HandoverStore store,
            OdooFrontDesk frontDesk,
            FrontDeskNotes notes,
            StaffActivities staff,
            HandoverActivities activities) {
        this.tenants = tenants;
        this.activities = activities;
        this.store = store;
        this.frontDesk = frontDesk;
        this.notes = notes;
        this.staff = staff;
    }

    @Override
    public Class<Effect.Handover> type() {
        return Effect.Handover.class;
    }

    @Override
    public void handle(Effect.Handover effect, Turn turn, InboundMessage message, HubContext context) {
        Tenant tenant = tenants.require(context.tenantId());
        Optional<String> patient = notes.patient(tenant, turn, message);
        OdooFrontDesk.Target chatter =
                patient.map(ref -> frontDesk.patient(tenant, ref)).orElse(null);
        Instant now = clock.instant();
        Handover handover = store.open(
                tenant.id(),
                message.channel(),
                message.conversationKey(),
                patient.orElse(null),
                chatter,
                FrontDeskNotes.html(effect.note(), message, chatter != null),
                now);
        if (handover.odooActivityId() != null) {
            return; // a redelivery of a turn whose activity already exists
        }
        if (turn.next().patientRef() == null && patient.isPresent()) {
            // Dana's tool had nobody to attach the note to; the phone told us who it is
            staff.note(tenant, RecordRef.of(new PatientRef(patient.get())), effect.note());
        }
        long activity = activities.ensure(tenant, handover);
        LOG.info(
                "handover {} opened for tenant {} on {} (odoo activity {}, patient {})",
                handover.id(),
                tenant.id(),
                message.channel(),
                activity,
                chatter == null ? "unidentified" : "identified");
    }
}
