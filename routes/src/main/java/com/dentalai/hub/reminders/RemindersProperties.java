package com.dentalai.hub.reminders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminders, surveys and opt-outs (the per-tenant hour and templates are in the tenants file).
 *
 * @param enabled false = no reminder routes at all
 * @param autoStartup false = the routes exist but run only once started (tests start them)
 * @param dispatchInterval how often the dispatcher looks for due messages
 * @param batch most rows one dispatcher tick claims
 * @param lease how long a dispatcher instance stays leader without renewing (longer than a tick)
 * @param claimTimeout a row claimed this long ago and still not settled (its instance died while
 *     sending) is due again: a rare duplicate beats a silently lost reminder
 * @param retryDelay pause before a row whose send failed transiently is tried again
 * @param maxAttempts transient failures before a row gives up and becomes a front-desk activity
 * @param minLead no reminder for an appointment that starts sooner than this
 * @param surveyDelay how long after the visit is completed the survey goes out
 * @param commentWindow how long after a rating a typed message counts as its comment
 * @param sms the SMS fallback hook: {@code none} or {@code log} (a log backend, no provider yet)
 */
@Validated
@ConfigurationProperties("hub.reminders")
public record RemindersProperties(
        boolean enabled,
        boolean autoStartup,
        @NotNull Duration dispatchInterval,
        @Min(1) @Max(1000) int batch,
        @NotNull Duration lease,
        @NotNull Duration claimTimeout,
        @NotNull Duration retryDelay,
        @Min(1) @Max(100) int maxAttempts,
        @NotNull Duration minLead,
        @NotNull Duration surveyDelay,
        @NotNull Duration commentWindow,
        @Valid Sms sms) {

    public RemindersProperties {
        sms = sms == null ? new Sms(SmsBackend.NONE) : sms;
    }

    public enum SmsBackend {
        NONE,
        LOG
    }

    public record Sms(SmsBackend backend) {
        public Sms {
            backend = backend == null ? SmsBackend.NONE : backend;
        }
    }
}
