package com.dentalai.hub.platform.audit;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Broker to PostgreSQL: a single-threaded writer (so each tenant's chain is appended in order on
 * this instance; the chain-head row lock orders instances) that drains the audit queue in
 * transacted batches. Greedy: it polls again at once while there is work, and waits
 * {@code poll-delay} only after an empty turn; it backs off after errors.
 */
@Component
class AuditWriterRoute extends RouteBuilder {

    static final String ROUTE_ID = "audit-writer";

    private final AuditBatchWriter writer;

    AuditWriterRoute(AuditBatchWriter writer) {
        this.writer = writer;
    }

    @Override
    public void configure() {
        from("scheduler:audit-writer?delay={{hub.audit.poll-delay}}&greedy=true"
                        + "&backoffErrorThreshold=1&backoffMultiplier=50")
                .routeId(ROUTE_ID)
                // the gate's convention for timer routes: a system principal with SCHEDULER_RUN
                .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
                .routeProperty(GatedRoutes.RUN_AS, ROUTE_ID)
                // entries of this route must not be audited: each would be an event for this route
                // to write, which would enter it again, forever (the gate honours this property)
                .routeProperty(GatedRoutes.AUDIT_ENTRY, "false")
                .bean(writer, "writeNextBatch");
    }
}
