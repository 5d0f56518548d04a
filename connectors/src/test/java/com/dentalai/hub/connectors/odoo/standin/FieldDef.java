package com.dentalai.hub.connectors.odoo.standin;

import java.util.ArrayList;
import java.util.List;

/** One field of a stand-in model, with what {@code fields_get} reports about it. */
final class FieldDef {

    final String name;
    final String type;
    String label;
    boolean required;
    boolean readonly;
    final List<String> selection = new ArrayList<>();
    String relation;
    String inverse;
    /** Sequence prefix (e.g. "PAT") filled on create when the value is missing. */
    String sequencePrefix;

    FieldDef(String name, String type) {
        this.name = name;
        this.type = type;
        this.label = labelOf(name);
    }

    boolean isRelational() {
        return "many2one".equals(type) || isX2Many();
    }

    boolean isX2Many() {
        return "one2many".equals(type) || "many2many".equals(type);
    }

    private static String labelOf(String name) {
        String[] words = name.replace("_id", "").replace("_ids", "").split("_");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1))
                        .append(' ');
            }
        }
        return sb.toString().trim();
    }
}
