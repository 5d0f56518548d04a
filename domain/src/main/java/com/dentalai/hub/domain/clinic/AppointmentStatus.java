package com.dentalai.hub.domain.clinic;

/** Where an appointment stands, whatever words the system of record uses for it. */
public enum AppointmentStatus {
    /** Asked for, not yet confirmed by the clinic. */
    REQUESTED,
    CONFIRMED,
    /** The patient is being seen, or the visit is over. */
    DONE,
    CANCELLED;

    /** Whether the appointment still holds its time slot. */
    public boolean holdsSlot() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
