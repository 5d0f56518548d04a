package com.dentalai.hub.connectors.odoo;

import java.util.Set;

/** Methods that change nothing in Odoo, so a request that timed out may be sent again. */
final class ReadOnlyMethods {

    private static final Set<String> METHODS = Set.of(
            "version",
            "authenticate",
            "search",
            "search_read",
            "search_count",
            "read",
            "fields_get",
            "name_search",
            "default_get",
            "read_group",
            "check_access_rights",
            "context_get");

    private ReadOnlyMethods() {}

    static boolean contains(String method) {
        return METHODS.contains(method);
    }
}
