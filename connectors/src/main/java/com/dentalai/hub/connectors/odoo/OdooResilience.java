package com.dentalai.hub.connectors.odoo;

import java.time.Duration;

/**
 * Retry and circuit-breaker tunables, shared by every tenant's client (each tenant still gets its
 * own breaker). Retries apply to transport failures only (ADR 0021).
 *
 * @param maxAttempts attempts per call including the first (1 = no retry)
 * @param initialBackoff pause before the second attempt; doubles (times {@code backoffMultiplier}) after
 * @param failureRateThreshold percent of transport failures in the window that opens the breaker
 * @param slidingWindowSize calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the breaker may open
 * @param openStateWait how long an open breaker fails fast before letting a probe through
 */
public record OdooResilience(
        int maxAttempts,
        Duration initialBackoff,
        double backoffMultiplier,
        Duration maxBackoff,
        float failureRateThreshold,
        int slidingWindowSize,
        int minimumNumberOfCalls,
        Duration openStateWait) {

    public OdooResilience {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        if (backoffMultiplier < 1.0) {
            throw new IllegalArgumentException("backoffMultiplier must be >= 1");
        }
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]");
        }
        if (slidingWindowSize < 1 || minimumNumberOfCalls < 1) {
            throw new IllegalArgumentException("window sizes must be >= 1");
        }
    }

    public static OdooResilience defaults() {
        return new OdooResilience(
                3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(2), 50f, 10, 5, Duration.ofSeconds(30));
    }

    Duration backoffAfter(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(backoffMultiplier, attempt - 1.0);
        return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
    }
}
