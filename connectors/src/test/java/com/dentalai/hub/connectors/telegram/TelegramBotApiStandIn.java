package com.dentalai.hub.connectors.telegram;

import com.dentalai.hub.connectors.LoopbackHttpServer;
import com.dentalai.hub.connectors.StandInCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback stand-in for the Telegram Bot API, speaking its real shapes: {@code POST /bot<token>/<method>}
 * with a JSON body, answers {@code {ok:true, result:…}} or {@code {ok:false, error_code, description[,
 * parameters]}}.
 *
 * <ul>
 *   <li>records sendMessage / answerCallbackQuery / setWebhook / deleteWebhook / getUpdates / getFile bodies;
 *   <li>sendMessage answers a real-shaped Message (message_id, from bot, chat, date, text, reply_markup)
 *       and refuses what Telegram refuses (empty or &gt;4096-character text, callback_data &gt; 64 bytes);
 *   <li>setWebhook / deleteWebhook keep the webhook state; while a webhook is set getUpdates answers
 *       409 Conflict, as Telegram does;
 *   <li>{@link #addBot} serves further bots (tokens) on the same server, each with its own state;
 *   <li>getUpdates serves {@link #enqueueUpdate queued} updates with {@code update_id >= offset}, holding
 *       the long poll (at most {@code timeout}, capped at 2 s) while the queue is empty;
 *   <li>getFile + {@code GET /file/bot<token>/<path>} serve {@link #putFile files};
 *   <li>{@link #failNext} programs the next call of a method to fail (e.g. 429 with retry_after).
 * </ul>
 *
 * Recordings are thread-safe snapshots, fit for awaitility; a call is recorded before its answer is
 * sent, so a caller that got its answer always finds its call.
 */
public final class TelegramBotApiStandIn implements AutoCloseable {

    /** A syntactically real token (bot id 123456789); any other token gets 401 Unauthorized. */
    public static final String DEFAULT_TOKEN = StandInCredentials.get("stand-in.telegram.bot-token");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_POLL_MILLIS = 2000;

    /**
     * One Bot API call: the method name, its JSON body (an empty object when none was sent) and the
     * HTTP status it was answered with.
     */
    public record Call(String method, JsonNode body, int status) {

        public boolean accepted() {
            return status == 200;
        }
    }

    /**
     * The call being served on this thread. Not an exchange attribute: the JDK server keeps those
     * on the shared HttpContext, so a held long poll would record a concurrent call's body.
     */
    private static final ThreadLocal<Call> PENDING = new ThreadLocal<>();

    private record Failure(int code, String description, Integer retryAfter) {}

    private record StoredFile(String path, byte[] bytes) {}

    private final String token;
    private final long botId;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, LinkedList<Failure>> failures = new HashMap<>();
    private final LinkedList<JsonNode> updates = new LinkedList<>();
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);
    private int waitingPolls;
    private String webhookUrl;
    private LoopbackHttpServer server;
    /** Other bots served by this one's server, by token; empty on those bots themselves. */
    private final Map<String, TelegramBotApiStandIn> bots = new ConcurrentHashMap<>();
    /** The bot whose server this one shares, or null when it runs its own. */
    private TelegramBotApiStandIn host;

    public TelegramBotApiStandIn() {
        this(DEFAULT_TOKEN);
    }

    public TelegramBotApiStandIn(String token) {
        this.token = token;
        this.botId = Long.parseLong(token.substring(0, token.indexOf(':')));
    }

    /**
     * Another bot (another tenant's token) answered by this stand-in's server, with its own
     * recordings, update queue and webhook; the same bot again for a token already added.
     */
    public TelegramBotApiStandIn addBot(String botToken) {
        if (host != null) {
            return host.addBot(botToken);
        }
        if (botToken.equals(token)) {
            return this;
        }
        return bots.computeIfAbsent(botToken, t -> {
            TelegramBotApiStandIn bot = new TelegramBotApiStandIn(t);
            bot.host = this;
            return bot;
        });
    }

    public synchronized TelegramBotApiStandIn start() {
        if (host != null) {
            host.start();
            return this;
        }
        if (server != null) {
            return this;
        }
        server = LoopbackHttpServer.start("telegram-bot-api-stand-in", 6, this::handle);
        return this;
    }

    public URI url() {
        if (host != null) {
            return host.url();
        }
        if (server == null) {
            throw new IllegalStateException("start() the stand-in first");
        }
        return server.url();
    }

    public String token() {
        return token;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    // ---- recordings

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<JsonNode> calls(String method) {
        return calls.stream()
                .filter(c -> c.method().equals(method))
                .map(Call::body)
                .toList();
    }

    /** Every sendMessage body, refused ones included. */
    public List<JsonNode> sentMessages() {
        return calls("sendMessage");
    }

    /** The sendMessage bodies Telegram would have delivered (answered ok:true). */
    public List<JsonNode> acceptedMessages() {
        return calls.stream()
                .filter(c -> c.accepted() && c.method().equals("sendMessage"))
                .map(Call::body)
                .toList();
    }

    /** How many getUpdates long polls are being held open right now. */
    public synchronized int waitingPolls() {
        return waitingPolls;
    }

    public int sentCount() {
        return sentMessages().size();
    }

    public Optional<JsonNode> lastSent() {
        List<JsonNode> sent = sentMessages();
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
    }

    public List<JsonNode> answeredCallbacks() {
        return calls("answerCallbackQuery");
    }

    /** Whether a webhook is set (setWebhook without a later deleteWebhook): getUpdates answers 409 then. */
    public synchronized boolean webhookActive() {
        return webhookUrl != null;
    }

    /** The body of the last setWebhook call, if any. */
    public Optional<JsonNode> webhook() {
        List<JsonNode> set = calls("setWebhook");
        return set.isEmpty() ? Optional.empty() : Optional.of(set.get(set.size() - 1));
    }

    public synchronized void reset() {
        calls.clear();
        failures.clear();
        updates.clear();
        files.clear();
        webhookUrl = null;
    }

    // ---- programming

    /** Queues an Update (one JSON object with update_id) for getUpdates. */
    public synchronized void enqueueUpdate(String updateJson) {
        try {
            updates.add(JSON.readTree(updateJson));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        notifyAll();
    }

    public synchronized int pendingUpdates() {
        return updates.size();
    }

    public void putFile(String fileId, String filePath, byte[] bytes) {
        files.put(fileId, new StoredFile(filePath, bytes.clone()));
    }

    /** The next call of {@code method} fails: {@code {ok:false, error_code, description}}. */
    public synchronized void failNext(String method, int errorCode, String description) {
        failures.computeIfAbsent(method, m -> new LinkedList<>()).add(new Failure(errorCode, description, null));
    }

    /** The next call of {@code method} gets Telegram's flood control answer (429 with retry_after). */
    public synchronized void failNextWithRetryAfter(String method, int retryAfterSeconds) {
        failures.computeIfAbsent(method, m -> new LinkedList<>())
                .add(new Failure(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds));
    }

    // ---- protocol

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getPath();
            // several bots (one per tenant) share this server, as they share api.telegram.org
            TelegramBotApiStandIn bot = botFor(path);
            try {
                bot.serve(exchange, raw, path);
            } finally {
                PENDING.remove();
            }
        }
    }

    private TelegramBotApiStandIn botFor(String path) {
        String rest = path.startsWith("/file/bot")
                ? path.substring("/file/bot".length())
                : path.startsWith("/bot") ? path.substring("/bot".length()) : "";
        int slash = rest.indexOf('/');
        TelegramBotApiStandIn other = slash < 0 ? null : bots.get(rest.substring(0, slash));
        return other == null ? this : other;
    }

    private void serve(HttpExchange exchange, byte[] raw, String path) throws IOException {
        if (path.startsWith("/file/bot")) {
            file(exchange, path.substring("/file/bot".length()));
            return;
        }
        if (!path.startsWith("/bot" + token + "/")) {
            error(exchange, 401, "Unauthorized", null);
            return;
        }
        String method = path.substring(("/bot" + token + "/").length());
        JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
        // recorded when answered (see json), so a caller that got its answer always finds its call
        PENDING.set(new Call(method, body, 0));
        Failure failure = nextFailure(method);
        if (failure != null) {
            error(exchange, failure.code(), failure.description(), failure.retryAfter());
            return;
        }
        switch (method) {
            case "sendMessage" -> sendMessage(exchange, body);
            case "answerCallbackQuery" -> ok(exchange, JSON.getNodeFactory().booleanNode(true));
            case "setWebhook" -> {
                setWebhookUrl(body.path("url").asText(null));
                ok(exchange, JSON.getNodeFactory().booleanNode(true));
            }
            case "deleteWebhook" -> {
                setWebhookUrl(null);
                ok(exchange, JSON.getNodeFactory().booleanNode(true));
            }
            case "getUpdates" -> getUpdates(exchange, body);
            case "getFile" -> getFile(exchange, body);
            default -> error(exchange, 404, "Not Found", null);
        }
    }

    private synchronized Failure nextFailure(String method) {
        LinkedList<Failure> queue = failures.get(method);
        return queue == null ? null : queue.poll();
    }

    private void sendMessage(HttpExchange exchange, JsonNode body) throws IOException {
        String text = body.path("text").asText("");
        if (!body.has("chat_id")) {
            error(exchange, 400, "Bad Request: chat_id is empty", null);
            return;
        }
        if (text.isEmpty()) {
            error(exchange, 400, "Bad Request: message text is empty", null);
            return;
        }
        if (text.codePointCount(0, text.length()) > 4096) {
            error(exchange, 400, "Bad Request: message is too long", null);
            return;
        }
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                int bytes = button.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length;
                if (bytes < 1 || bytes > 64) {
                    error(exchange, 400, "Bad Request: BUTTON_DATA_INVALID", null);
                    return;
                }
            }
        }
        ObjectNode message = JSON.createObjectNode().put("message_id", messageIds.incrementAndGet());
        message.putObject("from")
                .put("id", botId)
                .put("is_bot", true)
                .put("first_name", "StandInBot")
                .put("username", "standin_bot");
        JsonNode chatId = body.path("chat_id");
        ObjectNode chat = message.putObject("chat");
        chat.set("id", chatId);
        chat.put("type", chatId.isIntegralNumber() && chatId.asLong() > 0 ? "private" : "group");
        message.put("date", Instant.now().getEpochSecond()).put("text", text);
        if (body.has("reply_markup")) {
            message.set("reply_markup", body.path("reply_markup"));
        }
        ok(exchange, message);
    }

    private synchronized void setWebhookUrl(String url) {
        webhookUrl = url == null || url.isEmpty() ? null : url;
    }

    private void getUpdates(HttpExchange exchange, JsonNode body) throws IOException {
        if (webhookActive()) {
            // Telegram's own words: polling and a webhook exclude each other
            error(
                    exchange,
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
                    null);
            return;
        }
        long offset = body.path("offset").asLong(0);
        long waitMillis =
                Math.min(TimeUnit.SECONDS.toMillis(body.path("timeout").asLong(0)), MAX_POLL_MILLIS);
        ArrayNode result = JSON.createArrayNode();
        synchronized (this) {
            long deadline = System.currentTimeMillis() + waitMillis;
            while (true) {
                confirmBelow(offset);
                if (!updates.isEmpty()) {
                    updates.forEach(result::add);
                    break;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                waitingPolls++;
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } finally {
                    waitingPolls--;
                }
            }
        }
        ok(exchange, result);
    }

    /** Telegram forgets updates once a getUpdates offset above them has been seen. */
    private void confirmBelow(long offset) {
        for (Iterator<JsonNode> it = updates.iterator(); it.hasNext(); ) {
            if (it.next().path("update_id").asLong() < offset) {
                it.remove();
            }
        }
    }

    private void getFile(HttpExchange exchange, JsonNode body) throws IOException {
        String fileId = body.path("file_id").asText("");
        StoredFile file = files.get(fileId);
        if (file == null) {
            error(exchange, 400, "Bad Request: invalid file_id", null);
            return;
        }
        ObjectNode result = JSON.createObjectNode()
                .put("file_id", fileId)
                .put("file_unique_id", "unique-" + fileId.hashCode())
                .put("file_size", file.bytes().length)
                .put("file_path", file.path());
        ok(exchange, result);
    }

    private void file(HttpExchange exchange, String tokenAndPath) throws IOException {
        if (!tokenAndPath.startsWith(token + "/")) {
            error(exchange, 401, "Unauthorized", null);
            return;
        }
        String filePath = tokenAndPath.substring(token.length() + 1);
        List<StoredFile> matches = new ArrayList<>();
        files.values().stream().filter(f -> f.path().equals(filePath)).forEach(matches::add);
        if (matches.isEmpty()) {
            error(exchange, 404, "Not Found", null);
            return;
        }
        byte[] bytes = matches.get(0).bytes();
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void ok(HttpExchange exchange, JsonNode result) throws IOException {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("result", result);
        json(exchange, 200, answer);
    }

    private void error(HttpExchange exchange, int code, String description, Integer retryAfter) throws IOException {
        ObjectNode answer =
                JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            answer.putObject("parameters").put("retry_after", retryAfter);
        }
        json(exchange, code, answer);
    }

    private void json(HttpExchange exchange, int status, JsonNode answer) throws IOException {
        Call pending = PENDING.get();
        if (pending != null) {
            calls.add(new Call(pending.method(), pending.body(), status));
        }
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
