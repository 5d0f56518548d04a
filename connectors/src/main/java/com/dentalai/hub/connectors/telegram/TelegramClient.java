package com.dentalai.hub.connectors.telegram;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.ChannelMedia;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.ChannelSendException.Kind;
import com.dentalai.hub.domain.channel.InvalidMessageException;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.OutboundMessage.Buttons;
import com.dentalai.hub.domain.channel.OutboundMessage.ListMenu;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import com.dentalai.hub.domain.channel.OutboundMessage.Template;
import com.dentalai.hub.domain.channel.OutboundMessage.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One bot's Bot API client: {@code POST <base>/bot<token>/<method>} with a JSON body. The token is
 * part of every URL, so no URL, request or cause from the HTTP layer ever reaches an exception message
 * or a log; {@link #toString()} shows only the bot id.
 *
 * <p>Failures are {@link ChannelSendException}s: {@code RETRYABLE} for 429 (with {@code retryAfter}
 * from {@code parameters.retry_after}), 5xx and network trouble; {@code PERMANENT} for every other
 * {@code {ok:false}} (blocked bot, unknown chat, bad request).
 */
public final class TelegramClient {

    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,20}):[A-Za-z0-9_-]{20,100}");
    private static final Pattern FILE_PATH = Pattern.compile("[A-Za-z0-9_./-]{1,512}");
    private static final int MAX_JSON_BYTES = 4 * 1024 * 1024;
    private static final int MAX_CALLBACK_TEXT = 200;

    private final TelegramApiSettings settings;
    private final String token;
    private final String botId;
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final TelegramUpdateParser parser;

    public TelegramClient(TelegramApiSettings settings, String botToken) {
        this(settings, botToken, defaultClient(settings), new ObjectMapper(), Clock.systemUTC());
    }

    public TelegramClient(
            TelegramApiSettings settings, String botToken, HttpClient http, ObjectMapper mapper, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(botToken, "botToken");
        var matcher = TOKEN.matcher(botToken);
        if (!matcher.matches()) {
            // never echo the value: it is a credential
            throw new IllegalArgumentException("Telegram bot token does not look like <bot id>:<secret>");
        }
        this.token = botToken;
        this.botId = matcher.group(1);
        this.http = Objects.requireNonNull(http, "http");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.parser = new TelegramUpdateParser(mapper, clock);
    }

    static HttpClient defaultClient(TelegramApiSettings settings) {
        return HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends text, with the options as inline buttons (one per row) for {@link Buttons} and {@link
     * ListMenu}; a list row's description is not shown, Telegram buttons have one line.
     *
     * @param chatId the conversation key (a chat id, possibly negative and beyond 32 bits)
     * @return Telegram's {@code message_id}
     * @throws InvalidMessageException for a {@link Template}: Telegram has none, send a {@link Text}
     */
    public String sendMessage(String chatId, OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        ObjectNode body = mapper.createObjectNode();
        chatId(body, chatId);
        if (message instanceof Text text) {
            body.put("text", text.body());
        } else if (message instanceof Buttons buttons) {
            body.put("text", buttons.text());
            keyboard(body, buttons.options());
        } else if (message instanceof ListMenu list) {
            body.put("text", list.text());
            keyboard(body, list.rows());
        } else if (message instanceof Template template) {
            throw new InvalidMessageException(
                    "Telegram has no templates ('" + template.name() + "'): send the text as OutboundMessage.Text");
        }
        JsonNode result = call("sendMessage", body, Duration.ZERO);
        if (!result.path("message_id").isIntegralNumber()) {
            throw new MalformedPayloadException("Telegram sendMessage answer has no result.message_id");
        }
        return result.path("message_id").asText();
    }

    /**
     * Stops the spinner on the patient's button; must follow every callback query.
     *
     * @param text a short notice to show, or null for none
     */
    public void answerCallbackQuery(String callbackQueryId, String text) {
        Objects.requireNonNull(callbackQueryId, "callbackQueryId");
        ObjectNode body = mapper.createObjectNode().put("callback_query_id", callbackQueryId);
        if (text != null && !text.isBlank()) {
            body.put("text", OutboundMessage.shorten(text, MAX_CALLBACK_TEXT));
        }
        call("answerCallbackQuery", body, Duration.ZERO);
    }

    /** Points Telegram at our webhook; it will echo {@code secretToken} in every call. */
    public void setWebhook(String url, String secretToken) {
        Objects.requireNonNull(url, "url");
        if (secretToken == null
                || !TelegramSecretTokenVerifier.SECRET.matcher(secretToken).matches()) {
            throw new IllegalArgumentException("Telegram secret token must be 1-256 of A-Z a-z 0-9 _ -");
        }
        ObjectNode body = mapper.createObjectNode().put("url", url).put("secret_token", secretToken);
        body.putArray("allowed_updates").add("message").add("callback_query");
        call("setWebhook", body, Duration.ZERO);
    }

    /** Needed before polling: getUpdates is refused (409) while a webhook is set. */
    public void deleteWebhook() {
        call("deleteWebhook", mapper.createObjectNode(), Duration.ZERO);
    }

    /**
     * Long polling. Passing {@code offset} confirms every update below it; use {@link
     * TelegramUpdate#nextOffset} for the next call.
     */
    public List<TelegramUpdate> getUpdates(String tenant, long offset, int timeoutSeconds) {
        Objects.requireNonNull(tenant, "tenant");
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("timeoutSeconds must not be negative");
        }
        ObjectNode body = mapper.createObjectNode().put("offset", offset).put("timeout", timeoutSeconds);
        body.putArray("allowed_updates").add("message").add("callback_query");
        JsonNode result = call("getUpdates", body, Duration.ofSeconds(timeoutSeconds));
        if (!result.isArray()) {
            throw new MalformedPayloadException("Telegram getUpdates answer has no result array");
        }
        List<TelegramUpdate> updates = new ArrayList<>(result.size());
        for (JsonNode update : result) {
            try {
                updates.add(parser.parse(tenant, update));
            } catch (MalformedPayloadException e) {
                // one broken update must not hold the offset (and every update after it) forever
                if (update.path("update_id").isIntegralNumber()) {
                    updates.add(new TelegramUpdate(update.path("update_id").asLong(), "malformed", null));
                }
            }
        }
        return updates;
    }

    /** getFile, then the download from {@code <base>/file/bot<token>/<file_path>}. */
    public ChannelMedia downloadFile(String fileId) {
        Objects.requireNonNull(fileId, "fileId");
        JsonNode file = call("getFile", mapper.createObjectNode().put("file_id", fileId), Duration.ZERO);
        long max = settings.maxFileBytes();
        if (file.path("file_size").asLong(0) > max) {
            throw failure(Kind.PERMANENT, null, null, "Telegram file exceeds " + max + " bytes");
        }
        String path = file.path("file_path").asText("");
        if (!FILE_PATH.matcher(path).matches() || path.contains("..")) {
            throw new MalformedPayloadException("Telegram getFile answer has no usable file_path");
        }
        URI uri = URI.create(settings.baseUrl() + "/file/bot" + token + "/" + path);
        HttpResponse<InputStream> response = send(
                HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET().build(), "file download");
        if (response.statusCode() / 100 != 2) {
            throw classify(
                    response.statusCode(),
                    parseQuietly(read(response, MAX_JSON_BYTES, "file download", false)),
                    "file download");
        }
        return new ChannelMedia(read(response, max, "file download", true), mimeType(path));
    }

    private static String mimeType(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".webp")) {
            return "image/webp";
        }
        return null;
    }

    private void keyboard(ObjectNode body, List<Option> options) {
        ArrayNode rows = body.putObject("reply_markup").putArray("inline_keyboard");
        for (Option option : options) {
            rows.addArray().addObject().put("text", option.title()).put("callback_data", option.id());
        }
    }

    private static void chatId(ObjectNode body, String chatId) {
        Objects.requireNonNull(chatId, "chatId");
        try {
            body.put("chat_id", Long.parseLong(chatId));
        } catch (NumberFormatException username) {
            // a public channel can be addressed as @name
            body.put("chat_id", chatId);
        }
    }

    private JsonNode call(String method, ObjectNode body, Duration longPoll) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise Telegram " + method, e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/bot" + token + "/" + method))
                .timeout(settings.timeout().plus(longPoll))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        HttpResponse<InputStream> response = send(request, method);
        JsonNode answer = parseQuietly(read(response, MAX_JSON_BYTES, method, response.statusCode() / 100 == 2));
        if (response.statusCode() / 100 != 2 || !answer.path("ok").asBoolean(false)) {
            throw classify(response.statusCode(), answer, method);
        }
        return answer.path("result");
    }

    private HttpResponse<InputStream> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            // the exception may quote the URL, which holds the token: keep only its type
            throw failure(
                    Kind.RETRYABLE,
                    null,
                    null,
                    "Telegram " + what + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(Kind.RETRYABLE, null, null, "Telegram " + what + " interrupted");
        }
    }

    private static byte[] read(HttpResponse<InputStream> response, long maxBytes, String what, boolean strict) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream in = response.body()) {
            if (strict && declared > maxBytes) {
                throw failure(Kind.PERMANENT, null, null, "Telegram " + what + " exceeds " + maxBytes + " bytes");
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (strict && bytes.length > maxBytes) {
                throw failure(Kind.PERMANENT, null, null, "Telegram " + what + " exceeds " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw failure(Kind.RETRYABLE, null, null, "Telegram " + what + " answer could not be read");
        }
    }

    private JsonNode parseQuietly(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** 429 (with retry_after), 5xx → retryable; any other refusal is permanent. */
    ChannelSendException classify(int httpStatus, JsonNode answer, String method) {
        int code = answer.path("error_code").isIntegralNumber()
                ? answer.path("error_code").asInt()
                : httpStatus;
        String description = redact(answer.path("description").asText(""));
        Duration retryAfter = answer.path("parameters").path("retry_after").isIntegralNumber()
                ? Duration.ofSeconds(
                        answer.path("parameters").path("retry_after").asLong())
                : null;
        boolean retryable = code == 429 || code >= 500 || httpStatus == 429 || httpStatus >= 500;
        String text = "Telegram " + method + " failed: " + code + (description.isBlank() ? "" : " " + description);
        return failure(retryable ? Kind.RETRYABLE : Kind.PERMANENT, code, retryable ? retryAfter : null, text);
    }

    private String redact(String text) {
        String redacted = text.replace(token, "<token>");
        return redacted.length() > 200 ? redacted.substring(0, 200) + "…" : redacted;
    }

    private static ChannelSendException failure(Kind kind, Integer code, Duration retryAfter, String message) {
        return new ChannelSendException(Channel.TELEGRAM, kind, code, retryAfter, message);
    }

    @Override
    public String toString() {
        return "TelegramClient[bot=" + botId + ", token=***, " + settings.baseUrl() + "]";
    }
}
