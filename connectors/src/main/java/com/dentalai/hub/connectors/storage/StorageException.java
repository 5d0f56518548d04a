package com.dentalai.hub.connectors.storage;

/** The object store failed or refused; {@code transientFailure} says whether a retry may help. */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    public StorageException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
