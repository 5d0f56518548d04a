package com.dentalai.hub.reminders;

import com.dentalai.hub.domain.reminders.ReminderChoice;
import com.dentalai.hub.domain.reminders.ReminderTexts;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * The Odoo side of a patient's answer (route {@code reminder-answer}, gated ODOO_WRITE): confirm →
 * the confirmed status (or a note where the model has none), cancel → cancelled through the records
 * code (the slot is free again), reschedule → a note (Dana takes over the conversation), survey
 * rating and comment → notes. Every answer lands on the appointment's chatter.
 */
@Component
class ReminderAnswers {

    /**
     * One answer to carry out.
     *
     * @param comment the survey comment (PHI: never logged), null otherwise
     */
    record Call(String appointmentRef, ReminderChoice choice, String channel, String comment) {
        @Override
        public String toString() {
            return "Call[appointment=" + appointmentRef + ", answer=" + choice.answer() + ", channel=" + channel + "]";
        }
    }

    private final TenantDirectory tenants;
    private final FrontDesk desk;

    ReminderAnswers(TenantDirectory tenants, FrontDesk desk) {
        this.tenants = tenants;
        this.desk = desk;
    }

    public Boolean apply(Call call, @ExchangeProperty(HubContext.PROPERTY) HubContext context) {
        Tenant tenant = tenants.require(context.tenantId());
        String ref = call.appointmentRef();
        if (call.comment() != null) {
            desk.note(tenant, ref, "Visit survey comment (" + call.channel() + "): " + call.comment());
            return Boolean.TRUE;
        }
        String note = ReminderTexts.staffNote(call.choice().answer(), call.channel());
        switch (call.choice().answer()) {
            case CONFIRM -> desk.confirm(tenant, ref, note);
            case CANCEL -> desk.cancel(
                    tenant, ref, "the patient tapped Cancel on the reminder (" + call.channel() + ")");
            case RESCHEDULE -> desk.note(tenant, ref, note);
            case RATING -> desk.note(
                    tenant,
                    ref,
                    "Visit survey: the patient rated the visit " + call.choice().rating() + "/5 (" + call.channel()
                            + ").");
            case NO_COMMENT -> {
                // nothing for staff
            }
        }
        return Boolean.TRUE;
    }
}
