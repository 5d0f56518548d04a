package com.dentalai.hub.connectors.media;

/** The file can never be processed (wrong type, truncated, a bomb): retrying will not help. */
public class PoisonFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PoisonFileException(String message) {
        super(message);
    }

    public PoisonFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
