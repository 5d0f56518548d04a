package com.dentalai.hub.domain.clinic;

import com.dentalai.hub.domain.schedule.Slot;
import java.util.List;

/**
 * The wanted slot is no longer free: another patient won the race, or staff booked it directly in
 * the clinic's calendar after it was offered. Carries free slots to offer instead.
 */
public class SlotTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Slot wanted;
    private final transient List<Slot> alternatives;

    public SlotTakenException(Slot wanted, List<Slot> alternatives) {
        super("The slot " + wanted + " is taken");
        this.wanted = wanted;
        this.alternatives = List.copyOf(alternatives);
    }

    public Slot wanted() {
        return wanted;
    }

    /** Free slots near the wanted one, earliest first; may be empty. */
    public List<Slot> alternatives() {
        return alternatives;
    }
}
