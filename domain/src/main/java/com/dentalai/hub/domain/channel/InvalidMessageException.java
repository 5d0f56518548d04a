package com.dentalai.hub.domain.channel;

/**
 * An outbound message breaks a channel limit (too many buttons, a title too long …). Thrown when the
 * message is built, so the mistake surfaces in our code and not as a 400 from the provider.
 */
public class InvalidMessageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidMessageException(String message) {
        super(message);
    }
}
