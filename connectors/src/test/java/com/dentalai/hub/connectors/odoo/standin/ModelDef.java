package com.dentalai.hub.connectors.odoo.standin;

import java.util.LinkedHashMap;
import java.util.Map;

/** A stand-in model: its fields, the field that names a record, and whether it has a chatter. */
final class ModelDef {

    final String name;
    final String description;
    final String recName;
    final boolean mailThread;
    /** The model's {@code _order} when a search gives none. */
    String defaultOrder = "id";

    final Map<String, FieldDef> fields = new LinkedHashMap<>();

    ModelDef(String name, String description, String recName, boolean mailThread) {
        this.name = name;
        this.description = description;
        this.recName = recName;
        this.mailThread = mailThread;
        add("id", "integer").readonly = true;
        add("display_name", "char").readonly = true;
        add("create_date", "datetime").readonly = true;
        add("write_date", "datetime").readonly = true;
        add("create_uid", "many2one").relation = "res.users";
        add("write_uid", "many2one").relation = "res.users";
        fields.get("create_uid").readonly = true;
        fields.get("write_uid").readonly = true;
        fields.get("display_name").label = "Display Name";
        fields.get("create_date").label = "Created on";
        fields.get("write_date").label = "Last Updated on";
    }

    FieldDef add(String field, String type) {
        FieldDef def = new FieldDef(field, type);
        fields.put(field, def);
        return def;
    }

    ModelDef f(String field, String type) {
        add(field, type);
        return this;
    }

    ModelDef req(String field, String type, String label) {
        FieldDef def = add(field, type);
        def.required = true;
        def.label = label;
        return this;
    }

    ModelDef m2o(String field, String relation) {
        add(field, "many2one").relation = relation;
        return this;
    }

    ModelDef m2m(String field, String relation) {
        add(field, "many2many").relation = relation;
        return this;
    }

    ModelDef o2m(String field, String relation, String inverse) {
        FieldDef def = add(field, "one2many");
        def.relation = relation;
        def.inverse = inverse;
        return this;
    }

    ModelDef sel(String field, String... values) {
        add(field, "selection").selection.addAll(java.util.List.of(values));
        return this;
    }

    ModelDef seq(String field, String prefix, String label) {
        FieldDef def = add(field, "char");
        def.required = true;
        def.sequencePrefix = prefix;
        def.label = label;
        return this;
    }

    ModelDef readonly(String field, String type) {
        add(field, type).readonly = true;
        return this;
    }
}
