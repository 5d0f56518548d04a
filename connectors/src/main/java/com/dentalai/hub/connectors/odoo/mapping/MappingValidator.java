package com.dentalai.hub.connectors.odoo.mapping;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a mapping against one tenant's Odoo with {@code fields_get}: every model exists, every
 * field exists with a type that fits, relations point at the mapped models, and the status values
 * the mapping uses are values of the selection. One {@code fields_get} per model. Each problem
 * names the file and the key, e.g. {@code mappings/dental.yaml: appointment.fields.start -> field
 * 'startt' does not exist on patient.appointment}.
 *
 * <p>Connection failures (wrong password, Odoo down) are not mapping problems: they propagate as
 * {@link OdooException} for the caller to report as such.
 */
public final class MappingValidator {

    private static final List<String> ATTRIBUTES = List.of("type", "relation", "selection");

    /** An empty list means the mapping fits this Odoo. */
    public List<String> validate(OdooMapping mapping, OdooClient odoo) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> fieldsByModel = new HashMap<>();
        Set<String> missingModels = new HashSet<>();
        for (MappingReferences.ModelRef model : MappingReferences.modelsOf(mapping)) {
            try {
                fieldsByModel.put(model.model(), odoo.fieldsGet(model.model(), ATTRIBUTES));
            } catch (OdooException e) {
                if (e.kind() != OdooException.Kind.UNKNOWN_MODEL) {
                    throw e;
                }
                missingModels.add(model.model());
                if (!model.optional()) {
                    problems.add(mapping.source() + ": " + model.key() + " -> model '" + model.model()
                            + "' does not exist (is its module installed?)");
                }
            }
        }
        for (MappingReferences.Ref ref : MappingReferences.of(mapping)) {
            if (!missingModels.contains(ref.model())) {
                check(mapping.source(), ref, fieldsByModel.get(ref.model()), problems);
            }
        }
        checkStatuses(mapping, fieldsByModel, problems);
        checkLanguages(mapping, fieldsByModel, problems);
        return problems;
    }

    private static void check(
            String source, MappingReferences.Ref ref, Map<String, Map<String, Object>> fields, List<String> problems) {
        Map<String, Object> field = fields == null ? null : fields.get(ref.field());
        String at = source + ": " + ref.key() + " -> ";
        if (field == null) {
            problems.add(at + "field '" + ref.field() + "' does not exist on " + ref.model());
            return;
        }
        Object type = field.get("type");
        if (!ref.types().isEmpty() && type != null && !ref.types().contains(type.toString())) {
            problems.add(at + "field '" + ref.field() + "' on " + ref.model() + " is a " + type + ", expected "
                    + String.join(" or ", ref.types().stream().sorted().toList()));
            return;
        }
        Object relation = field.get("relation");
        if (ref.relation() != null && relation != null && !ref.relation().equals(relation.toString())) {
            problems.add(at + "field '" + ref.field() + "' on " + ref.model() + " points at " + relation + ", expected "
                    + ref.relation());
        }
    }

    private static void checkStatuses(
            OdooMapping mapping, Map<String, Map<String, Map<String, Object>>> fieldsByModel, List<String> problems) {
        OdooMapping.AppointmentMapping a = mapping.appointment();
        if (a.fields().status() == null) {
            return;
        }
        Set<String> values =
                selectionValues(fieldsByModel, a.model(), a.fields().status());
        if (values == null) {
            return;
        }
        for (String value : a.statuses().keySet()) {
            if (!values.contains(value)) {
                problems.add(mapping.source() + ": appointment.statuses." + value + " -> '" + value
                        + "' is not a value of " + a.model() + "." + a.fields().status() + " "
                        + values.stream().sorted().toList());
            }
        }
    }

    /** A language that is not installed would make every patient create fail over to a second call. */
    private static void checkLanguages(
            OdooMapping mapping, Map<String, Map<String, Map<String, Object>>> fieldsByModel, List<String> problems) {
        OdooMapping.PatientMapping p = mapping.patient();
        if (p.fields().lang() == null || p.langCodes() == null) {
            return;
        }
        Set<String> installed =
                selectionValues(fieldsByModel, p.model(), p.fields().lang());
        if (installed == null) {
            return;
        }
        p.langCodes().forEach((hub, odooCode) -> {
            if (!installed.contains(odooCode)) {
                problems.add(mapping.source() + ": patient.lang-codes." + hub + " -> language '" + odooCode
                        + "' is not installed in this Odoo (patients get the default language)");
            }
        });
    }

    private static Set<String> selectionValues(
            Map<String, Map<String, Map<String, Object>>> fieldsByModel, String model, String field) {
        Map<String, Map<String, Object>> fields = fieldsByModel.get(model);
        Map<String, Object> f = fields == null ? null : fields.get(field);
        if (f == null || !(f.get("selection") instanceof List<?> selection)) {
            return null;
        }
        Set<String> values = new HashSet<>();
        for (Object option : selection) {
            if (option instanceof List<?> pair && !pair.isEmpty()) {
                values.add(String.valueOf(pair.get(0)));
            } else if (option instanceof Object[] pair && pair.length > 0) {
                values.add(String.valueOf(pair[0]));
            }
        }
        return values;
    }
}
