package com.dentalai.hub.domain.clinic;

import java.util.Objects;

/**
 * Time a practitioner (or, with {@code practitionerRef == null}, the clinic as a whole) is not
 * free, from an existing appointment.
 */
public record BusyInterval(String practitionerRef, TimeRange range) {

    public BusyInterval {
        Objects.requireNonNull(range, "range");
    }

    /**
     * Whether this interval keeps {@code practitioner} from taking {@code wanted}. An interval
     * without a practitioner blocks everyone; a request without a practitioner is blocked by all.
     */
    public boolean blocks(String practitioner, TimeRange wanted) {
        boolean samePerson =
                practitionerRef == null || practitioner == null || practitionerRef.equals(practitioner);
        return samePerson && range.overlaps(wanted);
    }
}
