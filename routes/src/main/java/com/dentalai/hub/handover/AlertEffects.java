package com.dentalai.hub.handover;

import com.dentalai.hub.conversation.EffectHandler;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.conversation.Effect;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Urgent symptoms: the patient already has Dana's urgent guidance; the clinic gets an activity due
 * today on the patient's record (or the clinic's own contact when the patient is unknown). The log
 * line names the kind and the ids only: the note quotes the patient and is PHI.
 */
@Component
class AlertEffects implements EffectHandler<Effect.Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEffects.class);

    private final TenantDirectory tenants;
    private final OdooFrontDesk frontDesk;
    private final FrontDeskNotes notes;
    private final Clock clock = Clock.systemUTC();

    AlertEffects(TenantDirectory tenants, OdooFrontDesk frontDesk, FrontDeskNotes notes) {
        this.tenants = tenants;
        this.frontDesk = frontDesk;
        this.notes = notes;
    }

    @Override
    public Class<Effect.Alert> type() {
        return Effect.Alert.class;
    }

    @Override
    public void handle(Effect.Alert effect, Turn turn, InboundMessage message, HubContext context) {
        Tenant tenant = tenants.require(context.tenantId());
        Optional<String> patient = notes.patient(tenant, turn, message);
        OdooFrontDesk.Target target =
                patient.map(ref -> frontDesk.patient(tenant, ref)).orElseGet(() -> frontDesk.clinic(tenant));
        long activity = frontDesk.createActivity(
                tenant,
                target,
                "URGENT: " + effect.kind() + " (" + message.channel() + ")",
                FrontDeskNotes.html(effect.note(), message, patient.isPresent()),
                LocalDate.now(clock.withZone(tenant.timezone())));
        LOG.warn(
                "alert {} for tenant {} on {}: urgent odoo activity {} (patient {})",
                effect.kind(),
                tenant.id(),
                message.channel(),
                activity,
                patient.isPresent() ? "identified" : "unidentified");
    }
}
