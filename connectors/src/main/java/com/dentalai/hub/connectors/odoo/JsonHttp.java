package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooFaultTranslator.Fault;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** JSON over HTTP for the JSON-RPC and JSON-2 transports: one {@link HttpClient} per connection. */
final class JsonHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer: status and the parsed body ({@code null} when empty or not JSON). */
    record Reply(int status, Object body) {}

    private final OdooConnection connection;
    private final HttpClient http;

    JsonHttp(OdooConnection connection) {
        this.connection = connection;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connection.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Reply post(String path, Map<String, String> headers, Object body, String model, String method) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("values cannot be written as JSON", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connection.baseUrl() + path))
                .timeout(connection.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "DentalAI-Hub")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        headers.forEach(request::header);
        return send(request.build(), model, method);
    }

    Reply get(String path, String model, String method) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(connection.baseUrl() + path))
                .timeout(connection.readTimeout())
                .GET()
                .build();
        return send(request, model, method);
    }

    private Reply send(HttpRequest request, String model, String method) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
            throw OdooException.transport(
                    model, method, e.getClass().getSimpleName() + ": " + e.getMessage(), e, !neverSent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OdooException.transport(model, method, "interrupted", e, true);
        }
        int status = response.statusCode();
        if (status == 502 || status == 503 || status == 504) {
            throw OdooFaultTranslator.translate(model, method, new Fault(null, null, "HTTP " + status, status));
        }
        return new Reply(status, parse(response.body()));
    }

    private static Object parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return WireValues.inbound(MAPPER.readValue(body, Object.class));
        } catch (IOException e) {
            // an HTML error page from a proxy: keep the start for operators
            return new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        }
    }
}
