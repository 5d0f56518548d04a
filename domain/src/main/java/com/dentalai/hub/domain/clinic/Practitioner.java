package com.dentalai.hub.domain.clinic;

import java.util.Objects;

/** A dentist or hygienist patients can book with. */
public record Practitioner(String ref, String name) {

    public Practitioner {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
    }
}
