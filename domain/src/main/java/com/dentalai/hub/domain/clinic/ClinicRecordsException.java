package com.dentalai.hub.domain.clinic;

import java.util.Objects;

/**
 * The system of record refused or could not serve a request. {@link #reason()} tells callers what
 * to do: {@code UNAVAILABLE} is worth a retry later, the others are not.
 */
public class ClinicRecordsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why it failed, in terms a route can act on. */
    public enum Reason {
        /** The record does not exist (any more). */
        NOT_FOUND,
        /** The system of record rejected a value; {@link #field()} names it when known. */
        INVALID,
        /** The hub's credentials or rights are not enough. */
        DENIED,
        /** The tenant's mapping does not fit the system of record (missing model or field). */
        MISCONFIGURED,
        /** Down, slow or circuit open: nothing was written, try again later. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final String field;

    public ClinicRecordsException(Reason reason, String message, String field, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = field;
    }

    public ClinicRecordsException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The hub-side field the failure is about ({@code appointment.start}), or {@code null}. */
    public String field() {
        return field;
    }
}
