package com.dentalai.hub.domain.clinic;

import java.time.Instant;
import java.util.Objects;

/**
 * A message staff wrote on a record (e.g. a reply to a patient the bot handed over).
 *
 * @param id increasing per system of record: pass the last one seen as {@code sinceId}
 * @param author display name of who wrote it
 * @param text plain text (markup removed); PHI, never logged
 */
public record ChatterMessage(long id, String author, String text, Instant at) {

    public ChatterMessage {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "ChatterMessage[id=" + id + ", at=" + at + "]";
    }
}
