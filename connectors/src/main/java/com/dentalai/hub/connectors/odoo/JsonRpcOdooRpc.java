package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooFaultTranslator.Fault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** JSON-RPC ({@code POST /jsonrpc}, service common/object); errors come with HTTP 200 and {@code data.name}. */
final class JsonRpcOdooRpc implements OdooRpc {

    private final OdooConnection connection;
    private final JsonHttp http;
    private final AtomicLong ids = new AtomicLong();

    JsonRpcOdooRpc(OdooConnection connection) {
        this.connection = connection;
        this.http = new JsonHttp(connection);
    }

    @Override
    public Map<String, Object> version() {
        return WireValues.map(call("common", "version", List.of(), "common", "version"));
    }

    @Override
    public Object authenticate() {
        List<Object> args = List.of(connection.database(), connection.login(), connection.secret(), Map.of());
        return call("common", "authenticate", args, "common", "authenticate");
    }

    @Override
    public Object executeKw(long uid, String model, String method, List<Object> args, Map<String, Object> kwargs) {
        List<Object> params = List.of(connection.database(), uid, connection.secret(), model, method, args, kwargs);
        return call("object", "execute_kw", params, model, method);
    }

    private Object call(String service, String rpcMethod, List<Object> args, String model, String method) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service);
        params.put("method", rpcMethod);
        params.put("args", args);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", "2.0");
        body.put("method", "call");
        body.put("params", params);
        body.put("id", ids.incrementAndGet());
        JsonHttp.Reply reply = http.post("/jsonrpc", Map.of(), body, model, method);
        if (reply.status() != 200 || !(reply.body() instanceof Map<?, ?>)) {
            throw OdooFaultTranslator.translate(
                    model, method, new Fault(null, null, "HTTP " + reply.status(), reply.status()));
        }
        Map<String, Object> answer = WireValues.map(reply.body());
        if (answer.get("error") instanceof Map<?, ?> error) {
            Object data = error.get("data");
            Map<String, Object> details = data instanceof Map<?, ?> ? WireValues.map(data) : Map.of();
            String name = String.valueOf(details.getOrDefault("name", ""));
            String message = String.valueOf(details.getOrDefault("message", error.get("message")));
            String debug = String.valueOf(details.getOrDefault("debug", ""));
            // the debug traceback carries "Invalid field 'x' on model 'y'" when message is shortened
            String text =
                    message.contains("Invalid field") || debug.isEmpty() ? message : message + "\n" + lastLine(debug);
            throw OdooFaultTranslator.translate(model, method, new Fault(null, name, text, null));
        }
        return answer.get("result");
    }

    private static String lastLine(String traceback) {
        String trimmed = traceback.strip();
        int cut = trimmed.lastIndexOf('\n');
        return cut < 0 ? trimmed : trimmed.substring(cut + 1);
    }
}
