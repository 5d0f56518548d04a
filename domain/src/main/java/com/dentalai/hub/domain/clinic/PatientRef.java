package com.dentalai.hub.domain.clinic;

import java.util.Objects;

/**
 * An opaque handle on a patient in the clinic's system of record. Only the adapter that issued it
 * knows what the id means; callers pass it back unchanged.
 */
public record PatientRef(String id) {

    public PatientRef {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("patient ref must not be blank");
        }
    }

    /** Keeps the id out of logs by accident as well: it is not PHI, but it indexes PHI. */
    @Override
    public String toString() {
        return "PatientRef[" + id + "]";
    }
}
