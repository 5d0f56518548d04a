package com.dentalai.hub.connectors.odoo.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every Odoo model and field a mapping names, each with the mapping key that names it. */
final class MappingReferences {

    /**
     * @param key the mapping key, e.g. {@code appointment.fields.start}
     * @param types field types that fit ({@code datetime}…); empty = any
     * @param relation for relational fields, the model they must point at; {@code null} = any
     * @param optional a reference inside an optional section (a missing model is not a problem)
     */
    record Ref(String key, String model, String field, Set<String> types, String relation, boolean optional) {}

    /** A model a mapping section names. */
    record ModelRef(String key, String model, boolean optional) {}

    private final List<Ref> refs = new ArrayList<>();
    private final List<ModelRef> models = new ArrayList<>();

    private MappingReferences() {}

    static List<Ref> of(OdooMapping m) {
        return collect(m).refs;
    }

    static List<ModelRef> modelsOf(OdooMapping m) {
        return collect(m).models;
    }

    private static MappingReferences collect(OdooMapping m) {
        MappingReferences r = new MappingReferences();
        OdooMapping.PatientMapping p = m.patient();
        r.model("patient.model", p.model(), false);
        r.field("patient.fields.name", p.model(), p.fields().name(), Set.of("char"), null, false);
        List<String> phones = p.fields().phone();
        for (int i = 0; i < phones.size(); i++) {
            r.field("patient.fields.phone[" + i + "]", p.model(), phones.get(i), Set.of("char"), null, false);
        }
        r.field("patient.fields.lang", p.model(), p.fields().lang(), Set.of("selection", "char"), null, false);
        r.field("patient.fields.note", p.model(), p.fields().note(), Set.of("text", "html", "char"), null, false);

        OdooMapping.PractitionerMapping pr = m.practitioner();
        r.model("practitioner.model", pr.model(), false);
        r.field("practitioner.fields.name", pr.model(), pr.fields().name(), Set.of("char"), null, false);

        OdooMapping.AppointmentMapping a = m.appointment();
        OdooMapping.AppointmentFields af = a.fields();
        r.model("appointment.model", a.model(), false);
        r.field("appointment.fields.title", a.model(), af.title(), Set.of("char", "text"), null, false);
        r.field("appointment.fields.start", a.model(), af.start(), Set.of("datetime"), null, false);
        r.field("appointment.fields.end", a.model(), af.end(), Set.of("datetime"), null, false);
        r.field("appointment.fields.duration", a.model(), af.duration(), Set.of("float"), null, false);
        String link = a.patientLink() == OdooMapping.PatientLink.MANY2MANY ? "many2many" : "many2one";
        r.field("appointment.fields.patient", a.model(), af.patient(), Set.of(link), p.model(), false);
        r.field("appointment.fields.practitioner", a.model(), af.practitioner(), Set.of("many2one"), pr.model(), false);
        r.field("appointment.fields.note", a.model(), af.note(), Set.of("text", "html", "char"), null, false);
        r.field("appointment.fields.status", a.model(), af.status(), Set.of("selection"), null, false);
        r.field("appointment.fields.active", a.model(), af.active(), Set.of("boolean"), null, false);
        a.defaults().keySet().forEach(f -> r.field("appointment.defaults." + f, a.model(), f, Set.of(), null, false));

        OdooMapping.InvoiceMapping inv = m.invoice();
        if (inv != null) {
            boolean opt = inv.optional();
            OdooMapping.InvoiceFields f = inv.fields();
            r.model("invoice.model", inv.model(), opt);
            String partner = inv.patientMatch() == OdooMapping.PatientMatch.ID ? p.model() : null;
            r.field("invoice.fields.patient", inv.model(), f.patient(), Set.of("many2one"), partner, opt);
            r.field("invoice.fields.number", inv.model(), f.number(), Set.of("char"), null, opt);
            r.field("invoice.fields.amount", inv.model(), f.amount(), Set.of("monetary", "float"), null, opt);
            r.field("invoice.fields.residual", inv.model(), f.residual(), Set.of("monetary", "float"), null, opt);
            r.field("invoice.fields.state", inv.model(), f.state(), Set.of("selection"), null, opt);
            r.field("invoice.fields.payment-state", inv.model(), f.paymentState(), Set.of("selection"), null, opt);
            r.field("invoice.fields.date", inv.model(), f.date(), Set.of("date"), null, opt);
        }
        if (m.attachment() != null) {
            r.attachment("attachment.patient", m.attachment().patient(), p.model());
            r.attachment("attachment.appointment", m.attachment().appointment(), a.model());
        }
        return r;
    }

    private void attachment(String key, OdooMapping.AttachmentTarget t, String ownerModel) {
        if (t == null || t.kind() != OdooMapping.AttachmentKind.LINE) {
            return;
        }
        model(key + ".model", t.model(), false);
        field(key + ".fields.owner", t.model(), t.fields().get("owner"), Set.of("many2one"), ownerModel, false);
        field(key + ".fields.file", t.model(), t.fields().get("file"), Set.of("binary"), null, false);
        field(key + ".fields.date", t.model(), t.fields().get("date"), Set.of("date", "datetime"), null, false);
        field(key + ".fields.name", t.model(), t.fields().get("name"), Set.of("char"), null, false);
    }

    private void model(String key, String model, boolean optional) {
        if (models.stream().noneMatch(m -> m.model().equals(model))) {
            models.add(new ModelRef(key, model, optional));
        }
    }

    private void field(String key, String model, String field, Set<String> types, String relation, boolean optional) {
        if (field != null) {
            refs.add(new Ref(key, model, field, types, relation, optional));
        }
    }
}
