package com.dentalai.hub.connectors.odoo.mapping;

import com.dentalai.hub.domain.clinic.AppointmentStatus;
import com.dentalai.hub.domain.clinic.InvoiceState;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the hub's clinic records sit on a tenant's Odoo models: read from {@code
 * config/odoo/mappings/<name>.yaml} by {@link MappingLoader}. Keys name the hub's concepts, values
 * name Odoo models and fields, so a clinic with a different add-on gets a new file, not new code.
 *
 * @param name the mapping's name ({@code standard}, {@code dental})
 * @param source where it was read from, as error messages show it ({@code mappings/dental.yaml})
 */
public record OdooMapping(
        String name,
        String source,
        PatientMapping patient,
        PractitionerMapping practitioner,
        AppointmentMapping appointment,
        InvoiceMapping invoice,
        AttachmentMapping attachment) {

    /** How a patient record is found and created. */
    public record PatientMapping(
            String model, List<Object> filter, PatientFields fields, Map<String, String> langCodes) {}

    /**
     * @param phone every field that may hold a phone number; all are searched
     * @param lang optional: the patient's language
     * @param note optional: a text field for the "identity not verified" remark; without one the
     *     remark goes to the record's chatter
     */
    public record PatientFields(String name, List<String> phone, String lang, String note) {}

    public record PractitionerMapping(String model, List<Object> filter, PractitionerFields fields) {}

    public record PractitionerFields(String name) {}

    /** How the patient field holds the patient: one id, or a list of attendees. */
    public enum PatientLink {
        MANY2ONE,
        MANY2MANY
    }

    /** What cancelling an appointment does in Odoo. */
    public enum CancelMode {
        /** {@code active = false}: Odoo's own calendar cancels this way; the record stays. */
        ARCHIVE,
        /** Sets the status field to {@code cancel-status}. */
        STATUS,
        /** Deletes the record: loses its chatter, so only for models without either of the above. */
        UNLINK
    }

    /**
     * @param title optional fixed title for models that need one (calendar.event's name)
     * @param statuses Odoo selection value → hub status; without a status field every active
     *     record is {@code CONFIRMED}
     * @param bookStatus value written on create, when there is a status field
     * @param defaults extra values written on create (e.g. a required selection)
     */
    public record AppointmentMapping(
            String model,
            PatientLink patientLink,
            String title,
            List<Object> filter,
            AppointmentFields fields,
            Map<String, AppointmentStatus> statuses,
            String bookStatus,
            CancelMode cancel,
            String cancelStatus,
            Map<String, Object> defaults) {

        public Map<String, AppointmentStatus> statuses() {
            return statuses == null ? Map.of() : statuses;
        }

        public Map<String, Object> defaults() {
            return defaults == null ? Map.of() : defaults;
        }

        public List<Object> filter() {
            return filter == null ? List.of() : filter;
        }

        /** Status values whose appointments no longer hold their slot. */
        public List<String> releasedStatuses() {
            List<String> released = new ArrayList<>();
            statuses().forEach((value, status) -> {
                if (!status.holdsSlot()) {
                    released.add(value);
                }
            });
            return released;
        }
    }

    /**
     * @param duration optional: hours as a float, kept consistent with start/end when present
     * @param note where the booking note (and the hub's request tag) go
     * @param status optional selection field
     * @param active optional archive flag
     */
    public record AppointmentFields(
            String title,
            String start,
            String end,
            String duration,
            String patient,
            String practitioner,
            String note,
            String status,
            String active) {}

    /** How an invoice is matched to a patient. */
    public enum PatientMatch {
        /** The patient ref is the invoice partner's id. */
        ID,
        /** The invoice partner's name equals the patient's name (patient models without a partner). */
        NAME
    }

    /**
     * @param optional when true a tenant without this model (no accounting installed) is fine: the
     *     hub reports no invoices instead of failing the check
     */
    public record InvoiceMapping(
            String model,
            boolean optional,
            List<Object> filter,
            PatientMatch patientMatch,
            InvoiceFields fields,
            Map<String, InvoiceState> states,
            Map<String, InvoiceState> paymentStates) {

        public List<Object> filter() {
            return filter == null ? List.of() : filter;
        }

        public Map<String, InvoiceState> states() {
            return states == null ? Map.of() : states;
        }

        public Map<String, InvoiceState> paymentStates() {
            return paymentStates == null ? Map.of() : paymentStates;
        }
    }

    public record InvoiceFields(
            String patient,
            String number,
            String amount,
            String residual,
            String state,
            String paymentState,
            String date) {}

    public record AttachmentMapping(AttachmentTarget patient, AttachmentTarget appointment) {}

    /** Where files go: the generic {@code ir.attachment}, or a model's own attachment lines. */
    public enum AttachmentKind {
        @JsonProperty("ir-attachment")
        IR_ATTACHMENT,
        LINE
    }

    /**
     * @param fields for {@code LINE}: {@code owner} (the many2one to the record), {@code file}
     *     (binary), optional {@code date} and {@code name}
     */
    public record AttachmentTarget(AttachmentKind kind, String model, Map<String, String> fields) {

        public Map<String, String> fields() {
            return fields == null ? Map.of() : fields;
        }
    }
}
