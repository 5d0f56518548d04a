package com.dentalai.hub.domain.clinic;

import java.util.Objects;

/**
 * A dentist or hygienist patients can book with.
 *
 * @param name display name; {@code null} when the adapter did not read it (e.g. right after a
 *     booking, to save a round trip)
 */
public record Practitioner(String ref, String name) {

    public Practitioner {
        Objects.requireNonNull(ref, "ref");
    }
}
