package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.schedule.Slot;
import java.time.Instant;
import java.util.Objects;

/**
 * A slot Dana offered, under the option id the patient taps ({@code slot:<n>}, unique within the
 * conversation so a tap on an older offer is recognised as stale).
 *
 * @param practitionerId null for a clinic-level slot
 * @param practitionerName the name shown to the patient; null when unknown
 */
public record OfferedSlot(String id, Instant start, Instant end, String practitionerId, String practitionerName) {

    public OfferedSlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public Slot slot() {
        return new Slot(start, end, practitionerId);
    }
}
