package com.dentalai.hub.connectors.odoo.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models of an Odoo 17 Community database (base, contacts, calendar, mail, account) plus the
 * ambientWave dental add-on, with the fields the hub uses, as {@code fields_get} reports them.
 */
final class StandInSchema {

    private StandInSchema() {}

    static Map<String, ModelDef> all() {
        List<ModelDef> models = new ArrayList<>();
        models.add(new ModelDef("res.company", "Companies", "name", false)
                .req("name", "char", "Company Name")
                .m2o("partner_id", "res.partner")
                .f("email", "char")
                .f("phone", "char"));
        models.add(new ModelDef("res.country", "Country", "name", false)
                .req("name", "char", "Country Name")
                .f("code", "char"));
        models.add(new ModelDef("res.partner", "Contact", "name", true)
                .f("name", "char")
                .f("phone", "char")
                .f("mobile", "char")
                .f("email", "char")
                .sel("lang", "en_US", "he_IL", "ar_001", "ru_RU")
                .m2o("company_id", "res.company")
                .m2m("category_id", "res.partner.category")
                .f("is_company", "boolean")
                .m2o("country_id", "res.country")
                .m2o("parent_id", "res.partner")
                .m2o("user_id", "res.users")
                .f("comment", "html")
                .f("street", "char")
                .f("city", "char")
                .f("ref", "char")
                .f("vat", "char")
                .sel("type", "contact", "invoice", "delivery", "other")
                .f("active", "boolean"));
        models.add(new ModelDef("res.partner.category", "Partner Tags", "name", false)
                .req("name", "char", "Tag Name")
                .f("color", "integer")
                .m2o("parent_id", "res.partner.category")
                .f("active", "boolean"));
        models.add(new ModelDef("res.users", "User", "name", false)
                .req("name", "char", "Name")
                .req("login", "char", "Login")
                .m2o("partner_id", "res.partner")
                .m2o("company_id", "res.company")
                .f("email", "char")
                .f("tz", "char")
                .f("share", "boolean")
                .f("active", "boolean"));
        models.add(new ModelDef("calendar.event", "Calendar Event", "name", true)
                .req("name", "char", "Meeting Subject")
                .req("start", "datetime", "Start")
                .req("stop", "datetime", "Stop")
                .f("duration", "float")
                .f("allday", "boolean")
                .m2m("partner_ids", "res.partner")
                .m2o("user_id", "res.users")
                .f("description", "html")
                .f("location", "char")
                .sel("show_as", "free", "busy")
                .sel("privacy", "public", "private", "confidential")
                .f("active", "boolean"));
        models.add(new ModelDef("account.move", "Journal Entry", "name", true)
                .f("name", "char")
                .sel(
                        "move_type",
                        "entry",
                        "out_invoice",
                        "out_refund",
                        "in_invoice",
                        "in_refund",
                        "out_receipt",
                        "in_receipt")
                .m2o("partner_id", "res.partner")
                .f("amount_total", "monetary")
                .f("amount_residual", "monetary")
                .sel("payment_state", "not_paid", "in_payment", "paid", "partial", "reversed", "invoicing_legacy")
                .sel("state", "draft", "posted", "cancel")
                .f("invoice_date", "date")
                .f("invoice_date_due", "date")
                .f("ref", "char")
                .m2o("company_id", "res.company"));
        models.get(models.size() - 1).fields.get("move_type").required = true;
        models.get(models.size() - 1).fields.get("state").required = true;
        // payments as Odoo 17 accounting makes them: account.payment.register is the wizard behind the
        // invoice's "Register Payment" button (create with context active_model/active_ids, then
        // action_create_payments); the payment it posts is reconciled with the invoice
        models.add(new ModelDef("account.payment", "Payments", "name", true)
                .f("name", "char")
                .m2o("partner_id", "res.partner")
                .f("amount", "monetary")
                .f("date", "date")
                .f("ref", "char")
                .sel("payment_type", "outbound", "inbound")
                .sel("partner_type", "customer", "supplier")
                .sel("state", "draft", "posted", "cancel")
                .m2m("reconciled_invoice_ids", "account.move")
                .m2o("company_id", "res.company"));
        models.add(new ModelDef("account.payment.register", "Register Payment", "communication", false)
                .f("amount", "monetary")
                .f("payment_date", "date")
                .f("communication", "char")
                .m2o("partner_id", "res.partner"));
        models.add(new ModelDef("ir.attachment", "Attachment", "name", false)
                .req("name", "char", "Name")
                .f("res_model", "char")
                .f("res_id", "integer")
                .f("datas", "binary")
                .f("mimetype", "char")
                .sel("type", "url", "binary")
                .f("file_size", "integer")
                .f("description", "text")
                .f("public", "boolean"));
        models.add(new ModelDef("mail.message", "Message", "record_name", false)
                .f("model", "char")
                .f("res_id", "integer")
                .f("body", "html")
                .f("subject", "char")
                .m2o("author_id", "res.partner")
                .sel(
                        "message_type",
                        "email",
                        "comment",
                        "email_outgoing",
                        "notification",
                        "auto_comment",
                        "user_notification")
                .f("date", "datetime")
                .f("record_name", "char")
                // recipients: on a note, the partners mentioned in it (the web composer sends them)
                .m2m("partner_ids", "res.partner")
                .m2o("subtype_id", "mail.message.subtype")
                .f("is_internal", "boolean"));
        // Odoo 17 ships Discussions (mail.mt_comment, public), Note (mail.mt_note, internal) and
        // Activities (mail.mt_activities, internal); OdooStandInServer seeds them with ids 1-3
        models.add(new ModelDef("mail.message.subtype", "Message subtypes", "name", false)
                .req("name", "char", "Message Type")
                .f("internal", "boolean")
                .f("default", "boolean"));
        // res_model is related to res_model_id.model (stored, read-only) in Odoo 17
        models.add(new ModelDef("mail.activity", "Activity", "summary", false)
                .req("res_model_id", "many2one", "Document Model")
                .readonly("res_model", "char")
                .f("res_id", "integer")
                .readonly("res_name", "char")
                .f("summary", "char")
                .f("note", "html")
                .m2o("activity_type_id", "mail.activity.type")
                .m2o("user_id", "res.users")
                .req("date_deadline", "date", "Due Date"));
        models.get(models.size() - 1).fields.get("res_model_id").relation = "ir.model";
        models.add(new ModelDef("mail.activity.type", "Activity Type", "name", false).req("name", "char", "Name"));
        models.add(new ModelDef("ir.model", "Models", "name", false)
                .req("name", "char", "Model Description")
                .req("model", "char", "Model"));
        models.add(new ModelDef("product.product", "Product Variant", "name", false)
                .req("name", "char", "Name")
                .f("list_price", "float")
                .f("default_code", "char")
                .f("active", "boolean"));
        addDental(models);
        Map<String, ModelDef> byName = new LinkedHashMap<>();
        // res.partner's _order is "complete_name ASC, id DESC" in Odoo 17
        models.stream().filter(m -> m.name.equals("res.partner")).forEach(m -> m.defaultOrder = "name asc, id desc");
        models.forEach(m -> byName.put(m.name, m));
        return byName;
    }

    private static void addDental(List<ModelDef> models) {
        models.add(new ModelDef("patient.patient", "Patient", "patient_name", true)
                .seq("patient_serial", "PAT", "Patient Serial")
                .f("patient_name", "char")
                .f("contact_number", "char")
                .f("date_of_birth", "date")
                .readonly("age", "char")
                .sel("gender", "male", "female")
                .f("occupation", "char")
                .sel("marital_status", "single", "married", "divorced", "widowed")
                .sel("blood_type", "A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")
                .sel("qstn_1", "yes", "no")
                .f("qstn_1_notes", "text")
                .sel("qstn_2", "yes", "no")
                .f("qstn_2_notes", "text")
                .o2m("appointment_id", "patient.appointment", "patient_id")
                .o2m("patient_prescriptions", "patient.prescription", "patient_id"));
        models.add(new ModelDef("clinic.doctor", "Doctor", "doctor_name", false)
                .f("doctor_name", "char")
                .o2m("appointment_id", "patient.appointment", "doctor_id"));
        models.add(new ModelDef("patient.appointment", "Appointment", "appointment_serial", true)
                .seq("appointment_serial", "APT", "Appointment Serial")
                .m2o("patient_id", "patient.patient")
                .m2o("doctor_id", "clinic.doctor")
                .f("contact_number", "char")
                .sel(
                        "appointment_status",
                        "draft",
                        "confirm",
                        "in_exam",
                        "completed_exam",
                        "completed_appointment",
                        "cancelled")
                .sel("appointment_type", "reserve", "in_person")
                .f("chief_complaints", "text")
                .f("name", "char")
                .req("start", "datetime", "Start")
                .req("stop", "datetime", "Stop")
                .f("allday", "boolean")
                .f("duration", "float")
                .m2o("user_id", "res.users")
                .o2m("procedure_line_id", "dental.procedure.line", "appointment_id")
                .o2m("appointment_attachment_line_id", "appointment.attachment.line", "appointment_id")
                .o2m("patient_appointment_prescription_id", "patient.prescription", "appointment_id"));
        models.add(new ModelDef("dental.procedure.line", "Procedure Line", "tooth_no", false)
                .m2o("appointment_id", "patient.appointment")
                .m2o("patient_id", "patient.patient")
                .sel("tooth_no", teeth())
                .m2o("service_item_id", "product.product")
                .readonly("cost", "float"));
        models.get(models.size() - 1).fields.get("patient_id").readonly = true;
        models.add(new ModelDef("patient.prescription", "Prescription", "prescription_serial", false)
                .seq("prescription_serial", "PRS", "Prescription Serial")
                .f("prescription_date", "date")
                .m2o("appointment_id", "patient.appointment")
                .m2o("patient_id", "patient.patient")
                .f("notes", "text")
                .o2m("prescription_line_id", "patient.prescription.line", "prescription_id"));
        models.add(new ModelDef("patient.prescription.line", "Prescription Line", "medicine_trade_name", false)
                .m2o("prescription_id", "patient.prescription")
                .f("medicine_trade_name", "char")
                .f("therapeutic_regimen", "char"));
        models.add(new ModelDef("appointment.attachment.line", "Appointment Attachment", "appointment_id", false)
                .m2o("appointment_id", "patient.appointment")
                .f("attachment_deposition_date", "date")
                .f("file", "binary"));
    }

    private static String[] teeth() {
        String[] teeth = new String[32];
        for (int i = 0; i < 32; i++) {
            teeth[i] = "Tooth" + (i + 1);
        }
        return teeth;
    }
}
