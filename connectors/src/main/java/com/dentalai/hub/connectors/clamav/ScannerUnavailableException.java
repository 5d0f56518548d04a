package com.dentalai.hub.connectors.clamav;

/** The scanner could not give a verdict; the file waits and is retried, never passed unscanned. */
public class ScannerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScannerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
