package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.audit.AuditTrail;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Test sources only: wraps whatever {@link AuditTrail} the application has (the log fallback or
 * the real broker-backed one) and remembers what passed through, so tests can assert the gate
 * audited an entry or a refusal without depending on the implementation.
 */
@Component
public class RecordingAuditTrail implements BeanPostProcessor {

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AuditTrail delegate && !(bean instanceof Recording)) {
            return new Recording(delegate, events);
        }
        return bean;
    }

    public List<AuditEvent> events() {
        return List.copyOf(events);
    }

    /** Events the gate wrote for {@code routeId}. */
    public List<AuditEvent> forRoute(String routeId) {
        return events.stream()
                .filter(e -> RouteGate.AUDIT_VERB.equals(e.verb()) && routeId.equals(e.objectId()))
                .toList();
    }

    record Recording(AuditTrail delegate, List<AuditEvent> events) implements AuditTrail {
        @Override
        public void record(AuditEvent event) {
            events.add(event);
            delegate.record(event);
        }
    }
}
