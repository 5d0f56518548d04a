package com.dentalai.hub.domain.notifications;

/**
 * Why a staff member is told about an Odoo record. The subject lines carry no PHI: no patient
 * name, no record title, no message text, only that something happened on a patient record.
 */
public enum StaffNoticeKind {
    /** An @mention in a chatter note. */
    MENTION("You were mentioned on a patient record"),
    /** A new activity, or a record whose responsible user became this staff member. */
    ASSIGNMENT("You were assigned work on a patient record");

    private final String subject;

    StaffNoticeKind(String subject) {
        this.subject = subject;
    }

    /** The email subject and in-app title. */
    public String subject() {
        return subject;
    }
}
