package com.dentalai.hub.handover;

import com.dentalai.hub.domain.tenant.Tenant;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The front-desk activity of a handover, created once: by the turn that asked for a person, or,
 * when Odoo failed at that moment, by the relay's next poll (a redelivered turn finds the
 * conversation already paused and asks for no handover again).
 */
@Component
class HandoverActivities {

    private final OdooFrontDesk frontDesk;
    private final HandoverStore store;
    private final Clock clock = Clock.systemUTC();

    HandoverActivities(OdooFrontDesk frontDesk, HandoverStore store) {
        this.frontDesk = frontDesk;
        this.store = store;
    }

    /** The handover's activity id, creating the activity if it has none yet. */
    long ensure(Tenant tenant, Handover handover) {
        if (handover.odooActivityId() != null) {
            return handover.odooActivityId();
        }
        OdooFrontDesk.Target target = handover.hasChatter()
                ? new OdooFrontDesk.Target(handover.odooModel(), handover.odooRecordId())
                : frontDesk.clinic(tenant);
        String summary =
                "Chat handover (" + handover.channel() + ")" + (handover.hasChatter() ? "" : ": unidentified patient");
        long activity = frontDesk.createActivity(
                tenant, target, summary, handover.note(), LocalDate.now(clock.withZone(tenant.timezone())));
        store.activityCreated(tenant.id(), handover.id(), activity);
        return activity;
    }
}
