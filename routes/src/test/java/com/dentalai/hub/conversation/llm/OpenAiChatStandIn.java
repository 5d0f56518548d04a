package com.dentalai.hub.conversation.llm;

import com.dentalai.hub.connectors.LoopbackHttpServer;
import com.dentalai.hub.connectors.StandInCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback stand-in for an OpenAI-compatible server: {@code POST /v1/chat/completions} with the
 * real request and answer shapes ({@code tools}, {@code tool_calls} with JSON-string arguments,
 * {@code finish_reason}, {@code usage}), behind a bearer key. Answers are scripted in order with
 * {@link #reply}; every request body is recorded so tests can check what left the hub. With nothing
 * scripted it answers 500, as an overloaded server does.
 */
public final class OpenAiChatStandIn implements AutoCloseable {

    public static final String API_KEY = StandInCredentials.get("stand-in.llm.api-key");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted answer. */
    public sealed interface Reply {}

    /** The assistant calls {@code name} with {@code arguments} (a JSON object as text). */
    public record ToolCall(String name, String arguments) implements Reply {}

    /** The assistant answers with text. */
    public record Content(String text) implements Reply {}

    /** An HTTP error in OpenAI's error shape. */
    public record Failure(int status) implements Reply {}

    /** No answer for {@code delay} (longer than the client's timeout), then a 500. */
    public record Stall(Duration delay) implements Reply {}

    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> rawBodies = new CopyOnWriteArrayList<>();
    private final ArrayDeque<Reply> script = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final CountDownLatch closing = new CountDownLatch(1);
    private LoopbackHttpServer server;

    public synchronized OpenAiChatStandIn start() {
        if (server == null) {
            server = LoopbackHttpServer.start("openai-stand-in", 4, this::handle);
        }
        return this;
    }

    /** The base URL clients are given, ending in {@code /v1} like OpenAI's. */
    public String baseUrl() {
        return server.url() + "/v1";
    }

    public URI url() {
        return server.url();
    }

    public synchronized OpenAiChatStandIn reply(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The parsed bodies of every chat completion request, in order. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /** The raw bodies, exactly as they crossed the wire. */
    public List<String> rawBodies() {
        return List.copyOf(rawBodies);
    }

    public synchronized void reset() {
        script.clear();
        requests.clear();
        rawBodies.clear();
    }

    @Override
    public synchronized void close() {
        closing.countDown();
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!"POST".equals(exchange.getRequestMethod())
                    || !"/v1/chat/completions".equals(exchange.getRequestURI().getPath())) {
                error(exchange, 404, "invalid_request_error", "Unknown request URL");
                return;
            }
            if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                error(exchange, 401, "invalid_request_error", "Incorrect API key provided");
                return;
            }
            JsonNode request = JSON.readTree(body);
            rawBodies.add(body);
            requests.add(request);
            Reply reply;
            synchronized (this) {
                reply = script.poll();
            }
            answer(exchange, request, reply);
        }
    }

    private void answer(HttpExchange exchange, JsonNode request, Reply reply) throws IOException {
        if (reply == null) {
            error(exchange, 500, "server_error", "The server had an error while processing your request.");
        } else if (reply instanceof Failure f) {
            error(exchange, f.status(), "server_error", "The server had an error while processing your request.");
        } else if (reply instanceof Stall s) {
            try {
                closing.await(s.delay().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            error(exchange, 500, "server_error", "late");
        } else {
            ObjectNode completion = JSON.createObjectNode()
                    .put("id", "chatcmpl-standin" + ids.incrementAndGet())
                    .put("object", "chat.completion")
                    .put("created", System.currentTimeMillis() / 1000)
                    .put("model", request.path("model").asText());
            ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
            ObjectNode message = choice.putObject("message").put("role", "assistant");
            if (reply instanceof ToolCall call) {
                message.putNull("content");
                ObjectNode tc = message.putArray("tool_calls").addObject();
                tc.put("id", "call_" + ids.incrementAndGet()).put("type", "function");
                tc.putObject("function").put("name", call.name()).put("arguments", call.arguments());
                choice.put("finish_reason", "tool_calls");
            } else if (reply instanceof Content content) {
                message.put("content", content.text());
                choice.put("finish_reason", "stop");
            }
            completion
                    .putObject("usage")
                    .put("prompt_tokens", 100)
                    .put("completion_tokens", 10)
                    .put("total_tokens", 110);
            respond(exchange, 200, completion);
        }
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("error")
                .put("message", message)
                .put("type", type)
                .putNull("param")
                .putNull("code");
        respond(exchange, status, answer);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode answer) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
