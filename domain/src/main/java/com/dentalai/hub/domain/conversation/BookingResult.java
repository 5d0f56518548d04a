package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.schedule.Slot;
import java.util.List;
import java.util.Objects;

/** What a booking (or reschedule) tool call did. */
public sealed interface BookingResult permits BookingResult.Booked, BookingResult.SlotTaken {

    /** The appointment is in the clinic's calendar. */
    record Booked(Appointment appointment) implements BookingResult {
        public Booked {
            Objects.requireNonNull(appointment, "appointment");
        }
    }

    /** Someone else got the slot first; free slots near it, earliest first (may be empty). */
    record SlotTaken(List<Slot> alternatives) implements BookingResult {
        public SlotTaken {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }
    }
}
