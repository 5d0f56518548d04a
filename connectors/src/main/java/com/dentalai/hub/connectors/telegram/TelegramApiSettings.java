package com.dentalai.hub.connectors.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how we reach the Bot API; the same for every tenant (each tenant has its own bot token).
 *
 * @param baseUrl {@code https://api.telegram.org}, or a loopback stand-in in tests
 * @param timeout per request, on top of a long poll's own timeout
 * @param maxFileBytes downloads larger than this are refused (the Bot API serves at most 20 MB)
 */
public record TelegramApiSettings(URI baseUrl, Duration timeout, long maxFileBytes) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.telegram.org");

    public TelegramApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getHost() == null || !baseUrl.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("Telegram baseUrl must be an http(s) URL, got " + baseUrl);
        }
        String base = baseUrl.toString();
        baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
    }

    /** Telegram's production API, 10 s timeout, 20 MB file limit. */
    public static TelegramApiSettings defaults() {
        return new TelegramApiSettings(DEFAULT_BASE_URL, null, 20L * 1024 * 1024);
    }

    public TelegramApiSettings withBaseUrl(URI url) {
        return new TelegramApiSettings(url, timeout, maxFileBytes);
    }
}
