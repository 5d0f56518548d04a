package com.dentalai.hub.connectors.odoo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-2 takes named arguments only, and record methods take the record ids as {@code "ids"}. This
 * maps the positional {@code execute_kw} arguments of the methods we use onto those names, so the
 * same {@link OdooClient} call works on both transports.
 */
final class Json2Arguments {

    /** Model methods ({@code @api.model}): their positional parameters by name. */
    private static final Map<String, List<String>> MODEL_METHODS = Map.of(
            "search_read", List.of("domain", "fields", "offset", "limit", "order"),
            "search", List.of("domain", "offset", "limit", "order"),
            "search_count", List.of("domain", "limit"),
            "create", List.of("vals_list"),
            "fields_get", List.of("allfields", "attributes"),
            "name_search", List.of("name", "domain", "operator", "limit"),
            "default_get", List.of("fields_list"));

    /** Record methods: the first positional argument is the ids, then these. */
    private static final Map<String, List<String>> RECORD_METHODS = Map.of(
            "read", List.of("fields", "load"),
            "write", List.of("vals"),
            "unlink", List.of(),
            "message_post", List.of());

    private Json2Arguments() {}

    static Map<String, Object> named(String method, List<Object> args, Map<String, Object> kwargs) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> names = MODEL_METHODS.get(method);
        int start = 0;
        if (names == null) {
            names = RECORD_METHODS.getOrDefault(method, List.of());
            if (!args.isEmpty()) {
                body.put("ids", args.get(0));
                start = 1;
            }
        }
        for (int i = start; i < args.size(); i++) {
            int position = i - start;
            if (position >= names.size()) {
                throw new IllegalArgumentException("JSON-2 needs named arguments: pass them in kwargs for " + method);
            }
            body.put(names.get(position), args.get(i));
        }
        body.putAll(kwargs);
        return body;
    }
}
