package com.dentalai.hub.domain.clinic;

import com.dentalai.hub.domain.schedule.Slot;
import java.util.Objects;

/**
 * A request to book one slot.
 *
 * @param requestKey the caller's idempotency key: the same key never books twice, across retries
 *     and restarts
 * @param slot when, and with whom ({@code practitionerId == null}: whoever the clinic assigns)
 * @param note free text for the clinic (may be PHI: never logged)
 */
public record BookingRequest(String requestKey, PatientRef patientRef, Slot slot, String note) {

    public BookingRequest {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(patientRef, "patientRef");
        Objects.requireNonNull(slot, "slot");
        if (requestKey.isBlank() || requestKey.length() > 200) {
            throw new IllegalArgumentException("request key must be 1..200 characters");
        }
    }

    /** The practitioner asked for, or {@code null} for whoever the clinic assigns. */
    public String practitionerRef() {
        return slot.practitionerId();
    }

    @Override
    public String toString() {
        return "BookingRequest[key=" + requestKey + ", patient=" + patientRef + ", slot=" + slot + "]";
    }
}
