package com.dentalai.hub.platform.context;

import com.dentalai.hub.domain.security.Principal;
import java.util.Objects;

/**
 * What every exchange carries through the gate: on whose behalf (tenant), who (principal), from
 * where (channel) and which conversation of calls it belongs to (correlation id).
 *
 * @param tenantId the tenant the work is for; {@code null} only before the gate has resolved it
 * @param principal who acts
 * @param channel http, whatsapp, telegram, webchat, queue, timer, yaml …
 * @param correlationId stamped at the edge, echoed as {@code X-Correlation-Id}, in the MDC
 */
public record HubContext(String tenantId, Principal principal, String channel, String correlationId) {

    /** Exchange property that holds the context. */
    public static final String PROPERTY = "hubContext";
    /** HTTP header and MDC key of the correlation id. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    public static final String MDC_CORRELATION = "correlation_id";
    public static final String MDC_TENANT = "tenant";
    public static final String MDC_USER = "user";

    public HubContext {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    public HubContext withTenant(String tenant) {
        return new HubContext(tenant, principal, channel, correlationId);
    }
}
