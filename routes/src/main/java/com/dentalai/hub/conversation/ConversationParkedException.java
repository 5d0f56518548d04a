package com.dentalai.hub.conversation;

/**
 * A turn needed a tool that was unavailable: the patient was told the request is saved, and the
 * inbound message goes to the dead-letter queue; replaying it redoes the turn with the same request
 * key, so the booking happens exactly once.
 */
class ConversationParkedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConversationParkedException(String tool) {
        super("conversation turn parked: tool " + tool + " unavailable");
    }
}
