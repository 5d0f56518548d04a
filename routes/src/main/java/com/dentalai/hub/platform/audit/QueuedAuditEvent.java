package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;
import java.util.Objects;
import java.util.UUID;

/**
 * An event on its way through the broker. The id is fixed when the event is recorded, so a
 * redelivered message (writer crashed after the database commit) is recognised and written once.
 */
record QueuedAuditEvent(UUID id, AuditEvent event) {

    QueuedAuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
    }
}
