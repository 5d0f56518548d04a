package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.context.HubContext;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * How controllers hand work to a route: the caller's principal becomes the exchange's hub
 * context (channel {@code http}), so the route's gate decides; a refusal or failure comes back as
 * the exception the route raised ({@link AccessDeniedException} → 403).
 */
@Component
public class GatedCalls {

    private final ProducerTemplate producer;

    GatedCalls(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * Sends {@code body} and {@code headers} to {@code endpointUri} on behalf of {@code principal}
     * for {@code tenantId} (null = the principal's own tenant) and returns the answer body.
     */
    public <T> T request(
            String endpointUri,
            Principal principal,
            String tenantId,
            Object body,
            Map<String, Object> headers,
            Class<T> answerType) {
        HubContext context =
                new HubContext(tenantId == null ? principal.tenantId() : tenantId, principal, "http", correlationId());
        Exchange done = producer.request(endpointUri, exchange -> {
            exchange.setProperty(HubContext.PROPERTY, context);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
            exchange.getMessage().setHeader(HubContext.CORRELATION_HEADER, context.correlationId());
            exchange.getMessage().setBody(body);
        });
        Exception failure = done.getException();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return done.getMessage().getBody(answerType);
    }

    private static String correlationId() {
        String current = MDC.get(HubContext.MDC_CORRELATION);
        return current != null ? current : UUID.randomUUID().toString();
    }
}
