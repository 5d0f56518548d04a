package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;

/**
 * Where the gate, tool routes and APIs hand audit events. Implementations must not block the
 * caller on the database: events travel over the broker and are written asynchronously.
 */
public interface AuditTrail {

    void record(AuditEvent event);
}
