package com.dentalai.hub.platform.errors;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The central error policy of every route.
 *
 * @param maxRedeliveries retries of a transient fault before the message is dead-lettered
 * @param initialDelay delay before the first retry
 * @param multiplier exponential back-off factor between retries
 * @param maxDelay cap of the back-off
 * @param deadLetterUri where exhausted messages from asynchronous inputs go (Artemis queue)
 * @param noRetry exception classes (and subclasses) that are never retried: retrying cannot make
 *     them succeed (validation, bad input); permission and context refusals are never retried
 *     whatever this list says
 * @param callerSchemes endpoint schemes whose caller waits for the answer (a controller's
 *     producer template, HTTP): such callers get the exception instead of a dead letter
 * @param replayTimeout how long a replay waits for the message to come off the dead-letter queue
 */
@Validated
@ConfigurationProperties("hub.errors")
public record ErrorProperties(
        @Min(0) int maxRedeliveries,
        @NotNull Duration initialDelay,
        @DecimalMin("1.0") double multiplier,
        @NotNull Duration maxDelay,
        @NotBlank String deadLetterUri,
        @DefaultValue({"jakarta.validation.ValidationException", "java.lang.IllegalArgumentException"})
                List<String> noRetry,
        @DefaultValue({"direct", "rest", "platform-http", "servlet"}) List<String> callerSchemes,
        @DefaultValue("5s") Duration replayTimeout) {

    public ErrorProperties {
        noRetry = noRetry == null ? List.of() : List.copyOf(noRetry);
        callerSchemes = callerSchemes == null ? List.of() : List.copyOf(callerSchemes);
    }
}
