package com.dentalai.hub.platform.errors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * One parked message as operators see it (GET /api/v1/admin/dead-letters). The signed context
 * token is kept for replay and never shown.
 */
public record DeadLetter(
        UUID id,
        String tenant,
        @JsonProperty("route_id") String routeId,
        @JsonProperty("failed_route_id") String failedRouteId,
        String endpoint,
        @JsonProperty("exception_type") String exceptionType,
        String reason,
        @JsonProperty("correlation_id") String correlationId,
        @JsonIgnore String contextToken,
        @JsonProperty("failed_at") Instant failedAt,
        String status,
        @JsonProperty("replayed_at") Instant replayedAt,
        @JsonProperty("replayed_by") String replayedBy) {

    public static final String PENDING = "PENDING";
    public static final String REPLAYED = "REPLAYED";
}
