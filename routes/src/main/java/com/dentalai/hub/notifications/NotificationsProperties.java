package com.dentalai.hub.notifications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Staff notifications: the Odoo pollers that find @mentions and assignments, the de-duplication
 * window, and email delivery.
 *
 * @param enabled false = no notification routes at all
 * @param autoStartup false = the pollers exist but poll only once started (tests start them)
 * @param interval pause between two polls of one Odoo database
 * @param batch most Odoo records read per poll
 * @param dedupeWindow events with the same key (kind, staff member, record) inside this window
 *     give one notification
 * @param appointmentUserField the appointment model's "responsible user" field (user_id in both
 *     the standard calendar.event and the dental patient.appointment); empty = no appointment poll
 * @param excerptTenants tenants that allow a short excerpt of the note in the email and in-app;
 *     every other tenant gets none (default: none)
 * @param excerptLength the excerpt's maximum length in characters
 * @param email how notifications are mailed
 */
@Validated
@ConfigurationProperties("hub.notifications")
public record NotificationsProperties(
        boolean enabled,
        boolean autoStartup,
        @NotNull Duration interval,
        @Min(1) @Max(1000) int batch,
        @NotNull Duration dedupeWindow,
        String appointmentUserField,
        Set<String> excerptTenants,
        @Min(1) @Max(500) int excerptLength,
        @Valid @NotNull Email email) {

    public NotificationsProperties {
        excerptTenants = excerptTenants == null ? Set.of() : Set.copyOf(excerptTenants);
    }

    boolean allowsExcerpt(String tenantId) {
        return excerptTenants.contains(tenantId);
    }

    /**
     * @param mode {@code log} (dev/demo: the email is logged without recipient address or body)
     *     or {@code smtp} (Spring Boot mail, {@code spring.mail.*})
     * @param from the sender address
     * @param interval how often the outbox is sent
     * @param maxAttempts attempts per email before it is marked FAILED
     * @param batch most emails sent per tenant and run
     */
    public record Email(
            @NotNull Mode mode,
            @NotBlank String from,
            @NotNull Duration interval,
            @Min(1) @Max(100) int maxAttempts,
            @Min(1) @Max(1000) int batch) {}

    public enum Mode {
        LOG,
        SMTP
    }
}
