package com.dentalai.hub.domain.channel;

/**
 * A webhook or API answer could not be read: not JSON, not the expected object, a required field
 * missing. A webhook route answers 400 and processes nothing. The message names the field, never the
 * payload's content (it may carry PHI).
 */
public class MalformedPayloadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedPayloadException(String message) {
        super(message);
    }

    public MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
