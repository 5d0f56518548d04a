package com.dentalai.hub.platform.errors;

/** Why a dead-letter request cannot be served: 404 for an unknown id, 409 for a letter that cannot be replayed. */
public class DeadLetterProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean notFound;

    private DeadLetterProblem(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    static DeadLetterProblem notFound(Object id) {
        return new DeadLetterProblem("No dead letter " + id + " visible to you", true);
    }

    static DeadLetterProblem conflict(String message) {
        return new DeadLetterProblem(message, false);
    }

    public boolean notFound() {
        return notFound;
    }
}
