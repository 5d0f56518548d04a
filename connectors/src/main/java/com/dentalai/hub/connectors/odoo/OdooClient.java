package com.dentalai.hub.connectors.odoo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own small Odoo external-API client, the same on every transport (XML-RPC, JSON-RPC, JSON-2).
 * Values follow {@link OdooValues}: integers are {@code Long}, empty fields {@code false},
 * many2one {@code [id, name]}. Every failure is an {@link OdooException}.
 */
public interface OdooClient {

    OdooConnection connection();

    /** {@code common.version()}: {@code server_version}, {@code server_version_info}, … */
    Map<String, Object> version();

    /** Logs in and caches the uid; bad credentials → {@link OdooException.Kind#AUTH}. */
    long authenticate();

    /** {@code execute_kw(db, uid, secret, model, method, args, kwargs)}; values go through {@link OdooValues#toOdoo}. */
    Object executeKw(String model, String method, List<?> args, Map<String, ?> kwargs);

    /** @param limit 0 for no limit; @param order e.g. {@code "start asc, id desc"}, or null for the model's */
    default List<Map<String, Object>> searchRead(
            String model, OdooDomain domain, List<String> fields, int limit, int offset, String order) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("fields", fields == null ? List.of() : fields);
        if (limit > 0) {
            kwargs.put("limit", limit);
        }
        if (offset > 0) {
            kwargs.put("offset", offset);
        }
        if (order != null) {
            kwargs.put("order", order);
        }
        return records(executeKw(model, "search_read", List.of(domain.toList()), kwargs));
    }

    default List<Map<String, Object>> searchRead(String model, OdooDomain domain, List<String> fields) {
        return searchRead(model, domain, fields, 0, 0, null);
    }

    default List<Long> search(String model, OdooDomain domain, int limit, int offset, String order) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (limit > 0) {
            kwargs.put("limit", limit);
        }
        if (offset > 0) {
            kwargs.put("offset", offset);
        }
        if (order != null) {
            kwargs.put("order", order);
        }
        return OdooValues.ids(executeKw(model, "search", List.of(domain.toList()), kwargs));
    }

    default long searchCount(String model, OdooDomain domain) {
        return ((Number) executeKw(model, "search_count", List.of(domain.toList()), Map.of())).longValue();
    }

    /** Missing ids are simply absent from the answer (Odoo does not fault on read). */
    default List<Map<String, Object>> read(String model, List<Long> ids, List<String> fields) {
        return records(executeKw(model, "read", List.of(ids), Map.of("fields", fields == null ? List.of() : fields)));
    }

    default long create(String model, Map<String, ?> values) {
        Object id = executeKw(model, "create", List.of(values), Map.of());
        // XML-RPC/JSON-RPC answer an int for a dict; JSON-2 answers the ids of the new recordset
        return id instanceof List<?> ids ? ((Number) ids.get(0)).longValue() : ((Number) id).longValue();
    }

    default List<Long> create(String model, List<? extends Map<String, ?>> values) {
        return OdooValues.ids(executeKw(model, "create", List.of(values), Map.of()));
    }

    default boolean write(String model, List<Long> ids, Map<String, ?> values) {
        return Boolean.TRUE.equals(executeKw(model, "write", List.of(ids, values), Map.of()));
    }

    default boolean unlink(String model, List<Long> ids) {
        return Boolean.TRUE.equals(executeKw(model, "unlink", List.of(ids), Map.of()));
    }

    /** @param attributes e.g. {@code ["type", "string", "required", "selection", "relation"]}; empty for all */
    @SuppressWarnings("unchecked")
    default Map<String, Map<String, Object>> fieldsGet(String model, List<String> attributes) {
        Map<String, Object> kwargs =
                attributes == null || attributes.isEmpty() ? Map.of() : Map.of("attributes", attributes);
        return (Map<String, Map<String, Object>>) executeKw(model, "fields_get", List.of(), kwargs);
    }

    /**
     * Posts on a mail.thread record's chatter; returns the mail.message id. Without a
     * {@code message_type}/{@code subtype_xmlid} in kwargs it posts an internal note.
     */
    default long messagePost(String model, long id, String body, Map<String, ?> kwargs) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("body", body);
        all.put("message_type", "comment");
        all.put("subtype_xmlid", "mail.mt_note");
        if (kwargs != null) {
            all.putAll(kwargs);
        }
        Object result = executeKw(model, "message_post", List.of(List.of(id)), all);
        return result instanceof List<?> ids ? ((Number) ids.get(0)).longValue() : ((Number) result).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(Object value) {
        return new ArrayList<>((List<Map<String, Object>>) value);
    }
}
