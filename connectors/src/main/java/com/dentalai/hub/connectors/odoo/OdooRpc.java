package com.dentalai.hub.connectors.odoo;

import java.util.List;
import java.util.Map;

/**
 * One wire protocol. Implementations throw {@link OdooException} only: faults already translated,
 * I/O failures as {@link OdooException.Kind#TRANSPORT}. Values come back through {@link WireValues#inbound}.
 */
interface OdooRpc {

    Map<String, Object> version();

    /** The raw answer of {@code authenticate}: a uid, or {@code false} for bad credentials. */
    Object authenticate();

    Object executeKw(long uid, String model, String method, List<Object> args, Map<String, Object> kwargs);

    /** JSON-2 authenticates every call with the API key; the RPC protocols need a uid first. */
    default boolean needsUid() {
        return true;
    }
}
