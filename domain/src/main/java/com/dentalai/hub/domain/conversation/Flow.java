package com.dentalai.hub.domain.conversation;

/** The task a conversation is in the middle of; {@link #NONE} between tasks. */
public enum Flow {
    NONE,
    BOOK,
    CANCEL,
    RESCHEDULE,
    REGISTER
}
