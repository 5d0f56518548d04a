package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooFaultTranslator.Fault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Odoo 19+ JSON-2: {@code POST /json/2/<model>/<method>} with a bearer API key and the database in
 * {@code X-Odoo-Database}; named arguments, one transaction per call, real HTTP status codes.
 */
final class Json2OdooRpc implements OdooRpc {

    private final OdooConnection connection;
    private final JsonHttp http;
    private final Map<String, String> headers;

    Json2OdooRpc(OdooConnection connection) {
        this.connection = connection;
        this.http = new JsonHttp(connection);
        this.headers =
                Map.of("Authorization", "bearer " + connection.secret(), "X-Odoo-Database", connection.database());
    }

    /** {@code GET /web/version}, reshaped like XML-RPC's {@code common.version()}. */
    @Override
    public Map<String, Object> version() {
        JsonHttp.Reply reply = http.get("/web/version", "common", "version");
        if (reply.status() != 200 || !(reply.body() instanceof Map<?, ?>)) {
            throw fault("common", "version", reply);
        }
        Map<String, Object> body = WireValues.map(reply.body());
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("server_version", body.get("version"));
        version.put("server_version_info", body.get("version_info"));
        version.put("protocol_version", 1L);
        return version;
    }

    /** The API key identifies the user; its uid is the {@code res.users} record with our login. */
    @Override
    public Object authenticate() {
        Object ids = call(
                "res.users",
                "search",
                Map.of("domain", List.of(List.of("login", "=", connection.login())), "limit", 1));
        List<Object> found = WireValues.list(ids);
        return found.isEmpty() ? Boolean.FALSE : found.get(0);
    }

    @Override
    public Object executeKw(long uid, String model, String method, List<Object> args, Map<String, Object> kwargs) {
        return call(model, method, Json2Arguments.named(method, args, kwargs));
    }

    @Override
    public boolean needsUid() {
        return false;
    }

    private Object call(String model, String method, Map<String, Object> body) {
        JsonHttp.Reply reply = http.post("/json/2/" + model + "/" + method, headers, body, model, method);
        if (reply.status() == 200) {
            return reply.body();
        }
        throw fault(model, method, reply);
    }

    private static OdooException fault(String model, String method, JsonHttp.Reply reply) {
        String name = null;
        String message = reply.body() == null ? "HTTP " + reply.status() : String.valueOf(reply.body());
        if (reply.body() instanceof Map<?, ?> error) {
            name = error.get("name") == null ? null : error.get("name").toString();
            message = String.valueOf(error.get("message"));
        }
        return OdooFaultTranslator.translate(model, method, new Fault(null, name, message, reply.status()));
    }
}
