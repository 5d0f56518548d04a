package com.dentalai.hub.domain.clinic;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain event of the change feed: an appointment in a clinic's Odoo was created, moved,
 * cancelled, completed or otherwise updated (practitioner or patient). Carries references only,
 * never a name or phone: consumers look the patient up when they need to.
 *
 * @param version Odoo's {@code write_date} of the change
 */
public record AppointmentChanged(
        String tenant,
        String appointmentRef,
        Kind kind,
        Instant start,
        Instant end,
        String practitionerRef,
        String patientRef,
        String version) {

    public enum Kind {
        CREATED,
        MOVED,
        CANCELLED,
        COMPLETED,
        UPDATED
    }

    public AppointmentChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(appointmentRef, "appointmentRef");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The event between what was known ({@code previous}, empty for an appointment seen the first
     * time) and what Odoo holds now; empty when nothing patients care about changed (the same
     * write seen twice, or a change to a field like the note).
     */
    public static Optional<AppointmentChanged> between(
            String tenant, Optional<AppointmentState> previous, AppointmentState current) {
        Optional<Kind> kind = kindOf(previous, current);
        return kind.map(k -> new AppointmentChanged(
                tenant,
                current.appointmentRef(),
                k,
                current.start(),
                current.end(),
                current.practitionerRef(),
                current.patientRef(),
                current.writeDate()));
    }

    static Optional<Kind> kindOf(Optional<AppointmentState> previous, AppointmentState current) {
        if (previous.isEmpty()) {
            // first sight: an appointment already cancelled or done is reported as such, so a
            // consumer never schedules a reminder for it
            return Optional.of(current.cancelled() ? Kind.CANCELLED : done(current) ? Kind.COMPLETED : Kind.CREATED);
        }
        AppointmentState before = previous.get();
        if (before.sameAs(current)) {
            return Optional.empty();
        }
        if (current.cancelled()) {
            return before.cancelled() ? Optional.empty() : Optional.of(Kind.CANCELLED);
        }
        if (done(current) && !done(before)) {
            return Optional.of(Kind.COMPLETED);
        }
        if (before.cancelled()) {
            // restored from the archive or un-cancelled: it takes place again
            return Optional.of(Kind.CREATED);
        }
        if (!Objects.equals(before.start(), current.start()) || !Objects.equals(before.end(), current.end())) {
            return Optional.of(Kind.MOVED);
        }
        return Optional.of(Kind.UPDATED);
    }

    private static boolean done(AppointmentState state) {
        return state.status() == AppointmentStatus.DONE;
    }
}
