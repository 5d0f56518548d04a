package com.dentalai.hub.platform.audit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail's settings ({@code hub.audit.*}; docs/configuration.md, "Audit and logging").
 *
 * @param queue broker queue that carries events from {@code AuditTrail.record} to the writer
 * @param batchSize most events the writer takes from the queue into one database transaction
 * @param batchWait how long the writer waits for the first event of a batch before polling again
 * @param pollDelay pause of the writer route between empty polls
 * @param exportPageSize rows per keyset page of the CSV export (bounds its memory)
 * @param phiReadSampleRate share of PHI reads audited, 0..1, decided per correlation id
 */
@Validated
@ConfigurationProperties("hub.audit")
public record AuditProperties(
        @NotBlank String queue,
        @Min(1) @Max(10_000) int batchSize,
        @NotNull Duration batchWait,
        @NotNull Duration pollDelay,
        @Min(1) @Max(100_000) int exportPageSize,
        @DecimalMin("0.0") @DecimalMax("1.0") double phiReadSampleRate) {}
