package com.dentalai.hub.domain.clinic;

import java.util.Objects;

/** A file attached to a record in the system of record. */
public record FileRef(String ref, String name) {

    public FileRef {
        Objects.requireNonNull(ref, "ref");
    }
}
