package com.dentalai.hub.connectors.whatsapp;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A loopback stand-in for Meta's Graph API (WhatsApp Cloud API), speaking its real shapes:
 *
 * <ul>
 *   <li>{@code POST /{version}/{phone-number-id}/messages} → {@code {messaging_product, contacts:[{input,
 *       wa_id}], messages:[{id:"wamid.…"}]}}; every body is recorded;
 *   <li>{@code GET /{version}/{media-id}} → {@code {url, mime_type, sha256, file_size, id}} and
 *       {@code GET /media-download/{media-id}} → the bytes, both behind the bearer token;
 *   <li>programmable failures: {@link #failNext}, 429 with Retry-After, 500, and a closed 24-hour window
 *       (131047) per recipient or once.
 * </ul>
 *
 * <p>Start with {@link #start()}, point {@link WhatsAppApiSettings#withBaseUrl} at {@link #url()}.
 * Recordings are thread-safe snapshots, fit for awaitility ({@code await().until(() -> standIn.sentCount() == 1)}).
 */
public final class GraphApiStandIn implements AutoCloseable {

    public static final String DEFAULT_ACCESS_TOKEN = StandInCredentials.get("stand-in.whatsapp.access-token");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request as the stand-in received it and the HTTP status it answered. {@code json} is null when
     * the body was not JSON.
     */
    public record Recorded(String method, String path, String authorization, String body, JsonNode json, int status) {

        public boolean accepted() {
            return status / 100 == 2;
        }
    }

    private record Failure(int status, int code, String message, Integer retryAfterSeconds) {}

    private record Media(byte[] bytes, String mimeType) {}

    private final String accessToken;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final ArrayDeque<Failure> failures = new ArrayDeque<>();
    private final Set<String> closedWindows = ConcurrentHashMap.newKeySet();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    /**
     * The request each exchange in flight answers. Not an HttpExchange attribute: the JDK server keeps
     * those in the HttpContext, shared by every concurrent exchange, so one request was recorded in
     * place of another (and the other never) when two replies arrived together.
     */
    private final Map<HttpExchange, Recorded> inFlight = new ConcurrentHashMap<>();

    private volatile Consumer<Recorded> listener = r -> {};
    private LoopbackHttpServer server;

    public GraphApiStandIn() {
        this(DEFAULT_ACCESS_TOKEN);
    }

    public GraphApiStandIn(String accessToken) {
        this.accessToken = accessToken;
    }

    public synchronized GraphApiStandIn start() {
        if (server != null) {
            return this;
        }
        server = LoopbackHttpServer.start("graph-api-stand-in", 4, this::handle);
        return this;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
    public URI url() {
        if (server == null) {
            throw new IllegalStateException("start() the stand-in first");
        }
        return server.url();
    }

    public String accessToken() {
        return accessToken;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    // ---- recordings

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The JSON bodies of every {@code POST …/messages}, in order, refused ones and read receipts included. */
    public List<JsonNode> sentMessages() {
        return requests.stream()
                .filter(r -> "POST".equals(r.method()) && r.path().endsWith("/messages") && r.json() != null)
                .map(Recorded::json)
                .toList();
    }

    /** The messages the stand-in accepted (answered 2xx with a wamid): what the patient would see. */
    public List<JsonNode> acceptedMessages() {
        return requests.stream()
                .filter(r -> r.accepted() && r.path().endsWith("/messages") && r.json() != null)
                .map(Recorded::json)
                .filter(json -> json.has("to"))
                .toList();
    }

    /** The wamids marked as read through {@code {status:"read", message_id}}. */
    public List<String> readReceipts() {
        return requests.stream()
                .filter(r -> r.accepted()
                        && r.json() != null
                        && "read".equals(r.json().path("status").asText()))
                .map(r -> r.json().path("message_id").asText())
                .toList();
    }

    public int sentCount() {
        return sentMessages().size();
    }

    public Optional<JsonNode> lastSent() {
        List<JsonNode> sent = sentMessages();
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
    }

    /** Forgets recordings, queued failures, closed windows and media. */
    public synchronized void reset() {
        requests.clear();
        failures.clear();
        closedWindows.clear();
        media.clear();
    }

    // ---- programming

    /**
     * Called on the server thread with every request right before it is answered (benchmarks time the
     * replies with it); {@code null} removes the listener. Keep it quick: the caller waits on it.
     */
    public void onAnswered(Consumer<Recorded> newListener) {
        this.listener = newListener == null ? r -> {} : newListener;
    }

    public void putMedia(String mediaId, byte[] bytes, String mimeType) {
        media.put(mediaId, new Media(bytes.clone(), mimeType));
    }

    /** The next request to {@code …/messages} fails with this HTTP status and Graph error code. */
    public synchronized void failNext(int httpStatus, int graphCode, String message) {
        failures.add(new Failure(httpStatus, graphCode, message, null));
    }

    public synchronized void failNextWithRateLimit(int retryAfterSeconds) {
        failures.add(new Failure(429, 130429, "(#130429) Rate limit hit", retryAfterSeconds));
    }

    public synchronized void failNextWithServerError() {
        failures.add(new Failure(500, 2, "An unexpected error has occurred. Please retry your request later.", null));
    }

    public synchronized void failNextWithWindowClosed() {
        failures.add(new Failure(400, 131047, "(#131047) Re-engagement message", null));
    }

    /** From now on every non-template message to {@code waId} fails with 131047, as after 24 h of silence. */
    public void closeWindow(String waId) {
        closedWindows.add(normalise(waId));
    }

    public void openWindow(String waId) {
        closedWindows.remove(normalise(waId));
    }

    // ---- protocol

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            // recorded when answered (see respond), so a caller that got its answer always finds its request
            inFlight.put(exchange, new Recorded(method, path, auth, body, parse(body), 0));
            try {
                route(exchange, method, path, auth, body);
            } finally {
                inFlight.remove(exchange);
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, String auth, String body) throws IOException {
        if (!("Bearer " + accessToken).equals(auth)) {
            error(exchange, 401, 190, "Invalid OAuth access token - Cannot parse access token", null);
            return;
        }
        String[] segments = path.substring(1).split("/");
        if ("POST".equals(method) && segments.length == 3 && "messages".equals(segments[2])) {
            messages(exchange, parse(body));
        } else if ("GET".equals(method) && segments.length == 2 && "media-download".equals(segments[0])) {
            mediaBytes(exchange, segments[1]);
        } else if ("GET".equals(method) && segments.length == 2) {
            mediaLookup(exchange, segments[1]);
        } else {
            error(exchange, 400, 100, "Unsupported request - method type: " + method.toLowerCase(), null);
        }
    }

    private void messages(HttpExchange exchange, JsonNode body) throws IOException {
        Failure failure;
        synchronized (this) {
            failure = failures.poll();
        }
        if (failure != null) {
            error(exchange, failure.status(), failure.code(), failure.message(), failure.retryAfterSeconds());
            return;
        }
        if (body != null && "read".equals(body.path("status").asText()) && body.has("message_id")) {
            json(exchange, 200, JSON.createObjectNode().put("success", true));
            return;
        }
        if (body == null
                || !"whatsapp".equals(body.path("messaging_product").asText())
                || body.path("to").asText("").isBlank()
                || !body.path(body.path("type").asText("text")).isObject()) {
            error(exchange, 400, 100, "(#100) Invalid parameter", null);
            return;
        }
        String to = body.path("to").asText();
        if (!"template".equals(body.path("type").asText()) && closedWindows.contains(normalise(to))) {
            error(exchange, 400, 131047, "(#131047) Re-engagement message", null);
            return;
        }
        ObjectNode answer = JSON.createObjectNode().put("messaging_product", "whatsapp");
        answer.putArray("contacts").addObject().put("input", to).put("wa_id", normalise(to));
        ObjectNode message =
                answer.putArray("messages").addObject().put("id", "wamid.STANDIN" + sequence.incrementAndGet());
        if ("template".equals(body.path("type").asText())) {
            message.put("message_status", "accepted");
        }
        json(exchange, 200, answer);
    }

    private void mediaLookup(HttpExchange exchange, String mediaId) throws IOException {
        Media found = media.get(mediaId);
        if (found == null) {
            error(exchange, 400, 100, "(#100) Invalid parameter", null);
            return;
        }
        ObjectNode answer = JSON.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("url", url() + "/media-download/" + mediaId)
                .put("mime_type", found.mimeType())
                .put("sha256", sha256(found.bytes()))
                .put("file_size", found.bytes().length)
                .put("id", mediaId);
        json(exchange, 200, answer);
    }

    private void mediaBytes(HttpExchange exchange, String mediaId) throws IOException {
        Media found = media.get(mediaId);
        if (found == null) {
            error(exchange, 404, 100, "not found", null);
            return;
        }
        respond(exchange, 200, found.mimeType(), found.bytes());
    }

    private void error(HttpExchange exchange, int status, int code, String message, Integer retryAfter)
            throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode error = answer.putObject("error")
                .put("message", message)
                .put("type", "OAuthException")
                .put("code", code);
        if (code == 131047) {
            error.putObject("error_data")
                    .put("messaging_product", "whatsapp")
                    .put(
                            "details",
                            "Message failed to send because more than 24 hours have passed since the customer last"
                                    + " replied to this number.");
        }
        error.put("fbtrace_id", "AStandInTrace");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
        }
        json(exchange, status, answer);
    }

    private void json(HttpExchange exchange, int status, JsonNode answer) throws IOException {
        respond(exchange, status, "application/json", JSON.writeValueAsBytes(answer));
    }

    private void respond(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        Recorded pending = inFlight.get(exchange);
        Recorded answered = new Recorded(
                pending.method(), pending.path(), pending.authorization(), pending.body(), pending.json(), status);
        requests.add(answered);
        listener.accept(answered);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static JsonNode parse(String body) {
        if (body.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String normalise(String to) {
        return to.startsWith("+") ? to.substring(1) : to;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
