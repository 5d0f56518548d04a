package com.dentalai.hub.domain.notifications;

import java.util.Objects;

/**
 * One staff member to tell about one Odoo record.
 *
 * @param tenantId the tenant whose Odoo the event came from
 * @param kind mention or assignment
 * @param odooUserId the staff member's Odoo user (res.users id)
 * @param email the Odoo user's email; null when Odoo has none (in-app only, when mapped)
 * @param model the Odoo model of the record, e.g. patient.patient
 * @param resId the record id
 * @param sourceKey what makes the Odoo fact unique (message id and partner, activity id and user):
 *     a re-read of the same fact is never a second notice
 * @param excerpt a short plain-text excerpt of the note or task; null unless the tenant allows it
 */
public record StaffNotice(
        String tenantId,
        StaffNoticeKind kind,
        long odooUserId,
        String email,
        String model,
        long resId,
        String sourceKey,
        String excerpt) {

    public StaffNotice {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(sourceKey, "sourceKey");
        email = email == null || email.isBlank() ? null : email.trim();
    }

    /**
     * The de-duplication key: the same staff member told the same kind of thing about the same
     * record. Ten mentions of one colleague on one patient in a burst are one notice. Ids only, so
     * the key may be stored and logged.
     */
    public String eventKey() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + odooUserId + ":" + model + ":" + resId;
    }

    /** The same notice without the excerpt (the tenant does not allow text in notifications). */
    public StaffNotice withoutExcerpt() {
        return new StaffNotice(tenantId, kind, odooUserId, email, model, resId, sourceKey, null);
    }
}
