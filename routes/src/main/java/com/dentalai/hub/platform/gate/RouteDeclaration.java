package com.dentalai.hub.platform.gate;

import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Route;

/**
 * What one route declares to the gate, read from its route properties and, for YAML routes,
 * from {@code key=value} pairs separated by {@code ;} or new lines in its note.
 *
 * @param permission the permission name, {@code null} when the route declares none
 * @param runAs system principal name for context-less exchanges, or {@code null}
 * @param tenant the system principal's tenant, or {@code null} for platform scope
 * @param auditEntry whether successful entries are audited (denials always are)
 */
public record RouteDeclaration(String permission, String runAs, String tenant, boolean auditEntry) {

    RouteDeclaration(String permission, String runAs, String tenant) {
        this(permission, runAs, tenant, true);
    }

    static RouteDeclaration of(Route route) {
        Map<String, String> declared = new HashMap<>(fromNote(route.getNote()));
        route.getProperties().forEach((key, value) -> {
            if (key.startsWith("hub.") && value != null) {
                declared.put(key, value.toString().trim());
            }
        });
        return new RouteDeclaration(
                blankToNull(declared.get(GatedRoutes.PERMISSION)),
                blankToNull(declared.get(GatedRoutes.RUN_AS)),
                blankToNull(declared.get(GatedRoutes.TENANT)),
                !"false".equalsIgnoreCase(declared.get(GatedRoutes.AUDIT_ENTRY)));
    }

    static Map<String, String> fromNote(String note) {
        Map<String, String> pairs = new HashMap<>();
        if (note == null) {
            return pairs;
        }
        for (String part : note.split("[;\\n]")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String key = part.substring(0, eq).trim();
                if (key.startsWith("hub.")) {
                    pairs.put(key, part.substring(eq + 1).trim());
                }
            }
        }
        return pairs;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
