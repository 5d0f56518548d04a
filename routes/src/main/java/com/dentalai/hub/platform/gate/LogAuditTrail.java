package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in audit trail so the gate works before the real (broker + PostgreSQL) one is wired: one
 * structured log line per event. Events carry no PHI by contract, so logging them is safe.
 */
final class LogAuditTrail implements AuditTrail {

    private static final Logger AUDIT = LoggerFactory.getLogger("hub.audit");

    @Override
    public void record(AuditEvent event) {
        AUDIT.info(
                "audit verb={} outcome={} tenant={} actor={} object={}:{} correlation={} extra={}",
                event.verb(),
                event.outcome(),
                event.tenant(),
                event.actor(),
                event.objectType(),
                event.objectId(),
                event.correlationId(),
                event.extra());
    }
}
