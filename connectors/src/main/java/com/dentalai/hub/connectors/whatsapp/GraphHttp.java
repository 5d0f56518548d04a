package com.dentalai.hub.connectors.whatsapp;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.ChannelSendException.Kind;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.dentalai.hub.domain.channel.WindowClosedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The HTTP exchange with the Graph API and the translation of its errors, shared by sender and downloader. */
final class GraphHttp {

    static final int WINDOW_CLOSED = 131047;
    /** Graph codes that mean "slow down" or "our side failed" even when the HTTP status is 400. */
    private static final Set<Integer> RETRYABLE_CODES = Set.of(
            1, // API unknown
            2, // API service temporarily unavailable
            4, // application request limit reached
            80007, // WhatsApp Business Account rate limit
            130429, // Cloud API throughput reached
            131000, // something went wrong
            131016, // service unavailable
            131056 // pair rate limit: too many messages to the same user
            );

    private static final int MAX_JSON_BYTES = 1024 * 1024;
    private static final int MAX_ERROR_TEXT = 200;

    private final WhatsAppApiSettings settings;
    private final HttpClient http;
    private final ObjectMapper mapper;

    GraphHttp(WhatsAppApiSettings settings, HttpClient http, ObjectMapper mapper) {
        this.settings = settings;
        this.http = http;
        this.mapper = mapper;
    }

    WhatsAppApiSettings settings() {
        return settings;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    JsonNode postJson(WhatsAppAccount account, URI uri, JsonNode body, String what) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise WhatsApp " + what, e);
        }
        HttpRequest request = request(account, uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        return json(exchange(request, MAX_JSON_BYTES, what), what);
    }

    JsonNode getJson(WhatsAppAccount account, URI uri, String what) {
        return json(exchange(request(account, uri).GET().build(), MAX_JSON_BYTES, what), what);
    }

    byte[] getBytes(WhatsAppAccount account, URI uri, long maxBytes, String what) {
        return exchange(request(account, uri).GET().build(), maxBytes, what);
    }

    private HttpRequest.Builder request(WhatsAppAccount account, URI uri) {
        return HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("Authorization", account.bearer());
    }

    private byte[] exchange(HttpRequest request, long maxBytes, String what) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ChannelSendException(
                    Channel.WHATSAPP,
                    Kind.RETRYABLE,
                    null,
                    null,
                    "WhatsApp " + what + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelSendException(
                    Channel.WHATSAPP, Kind.RETRYABLE, null, null, "WhatsApp " + what + " interrupted");
        }
        int status = response.statusCode();
        boolean ok = status / 100 == 2;
        byte[] body = read(response, ok ? maxBytes : MAX_JSON_BYTES, what, ok);
        if (!ok) {
            throw classify(status, parseQuietly(body), response.headers().firstValue("Retry-After"), what);
        }
        return body;
    }

    /** @param strict refuse an over-long body; an error body is only cut, it is read for its code */
    private static byte[] read(HttpResponse<InputStream> response, long maxBytes, String what, boolean strict) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream in = response.body()) {
            if (strict && declared > maxBytes) {
                throw tooLarge(what, maxBytes);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (strict && bytes.length > maxBytes) {
                throw tooLarge(what, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new ChannelSendException(
                    Channel.WHATSAPP, Kind.RETRYABLE, null, null, "WhatsApp " + what + " body could not be read");
        }
    }

    private static ChannelSendException tooLarge(String what, long maxBytes) {
        return new ChannelSendException(
                Channel.WHATSAPP, Kind.PERMANENT, null, null, "WhatsApp " + what + " exceeds " + maxBytes + " bytes");
    }

    private JsonNode json(byte[] body, String what) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new MalformedPayloadException("WhatsApp " + what + " answer is not JSON");
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

    /**
     * 429, 5xx and Graph's throttling codes may succeed later; 131047 means the 24-hour window is
     * closed (send a template instead); any other 4xx is permanent.
     */
    static ChannelSendException classify(int status, JsonNode body, Optional<String> retryAfter, String what) {
        JsonNode error = body.path("error");
        Integer code =
                error.path("code").isIntegralNumber() ? error.path("code").asInt() : null;
        String text = "WhatsApp " + what + " failed: HTTP " + status
                + (code == null ? "" : ", Graph error " + code)
                + describe(error);
        if (code != null && code == WINDOW_CLOSED) {
            return new WindowClosedException(code, text);
        }
        boolean retryable = status == 429 || status >= 500 || (code != null && RETRYABLE_CODES.contains(code));
        return new ChannelSendException(
                Channel.WHATSAPP,
                retryable ? Kind.RETRYABLE : Kind.PERMANENT,
                code,
                retryable ? retryAfter.flatMap(GraphHttp::seconds).orElse(null) : null,
                text);
    }

    private static String describe(JsonNode error) {
        String message = error.path("message").asText("");
        if (message.isBlank()) {
            return "";
        }
        return " (" + (message.length() > MAX_ERROR_TEXT ? message.substring(0, MAX_ERROR_TEXT) + "…" : message) + ")";
    }

    private static Optional<Duration> seconds(String header) {
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }
}
