package com.dentalai.hub.domain.conversation;

/** Where in its {@link Flow} a conversation waits for the patient. */
public enum Step {
    /** Nothing asked: the next message starts something new. */
    IDLE,
    /** Asked which day (or part of day) suits the patient. */
    ASK_DAY,
    /** Offered slots; waiting for a pick. */
    PICK_SLOT,
    /** Asked to confirm the picked slot (booking or the new time of a reschedule). */
    CONFIRM_SLOT,
    /** Listed the patient's appointments; waiting for which one (cancel or reschedule). */
    PICK_APPOINTMENT,
    /** Asked to confirm cancelling the picked appointment. */
    CONFIRM_CANCEL,
    /** Registration: asked for the patient's name. */
    ASK_NAME,
    /** Registration: asked whether the phone the channel gave is theirs. */
    CONFIRM_PHONE,
    /** Registration: asked for a phone number (the channel gave none, or the patient said no). */
    ASK_PHONE
}
