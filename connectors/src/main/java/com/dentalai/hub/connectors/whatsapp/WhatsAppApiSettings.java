package com.dentalai.hub.connectors.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how we reach the Graph API; the same for every tenant (each tenant's number and token
 * are a {@link WhatsAppAccount}).
 *
 * @param baseUrl {@code https://graph.facebook.com}, or a loopback stand-in in tests
 * @param apiVersion the Graph version in every path, e.g. {@code v21.0}
 * @param timeout per request
 * @param maxMediaBytes downloads larger than this are refused (WhatsApp images are at most 5 MB)
 * @param mediaHostSuffixes hosts a media URL returned by Graph may point to; the access token is sent
 *     there, so it must not follow a URL to anywhere else. The base URL's own host is always allowed.
 */
public record WhatsAppApiSettings(
        URI baseUrl, String apiVersion, Duration timeout, long maxMediaBytes, List<String> mediaHostSuffixes) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://graph.facebook.com");
    public static final String DEFAULT_VERSION = "v21.0";
    public static final List<String> DEFAULT_MEDIA_HOSTS = List.of("fbsbx.com", "facebook.com", "whatsapp.net");

    public WhatsAppApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getHost() == null || !baseUrl.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("WhatsApp baseUrl must be an http(s) URL, got " + baseUrl);
        }
        String base = baseUrl.toString();
        baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        if (apiVersion == null || !apiVersion.matches("v\\d+\\.\\d+")) {
            throw new IllegalArgumentException("WhatsApp apiVersion must look like v21.0, got " + apiVersion);
        }
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        if (maxMediaBytes <= 0) {
            throw new IllegalArgumentException("maxMediaBytes must be positive");
        }
        mediaHostSuffixes = mediaHostSuffixes == null
                ? DEFAULT_MEDIA_HOSTS
                : mediaHostSuffixes.stream()
                        .map(h -> h.toLowerCase(Locale.ROOT))
                        .toList();
    }

    /** Meta's production API, v21.0, 10 s timeout, 16 MB media limit. */
    public static WhatsAppApiSettings defaults() {
        return new WhatsAppApiSettings(DEFAULT_BASE_URL, DEFAULT_VERSION, null, 16L * 1024 * 1024, null);
    }

    /** The same settings against another base URL (a stand-in). */
    public WhatsAppApiSettings withBaseUrl(URI url) {
        return new WhatsAppApiSettings(url, apiVersion, timeout, maxMediaBytes, mediaHostSuffixes);
    }

    URI path(String... segments) {
        StringBuilder uri = new StringBuilder(baseUrl.toString()).append('/').append(apiVersion);
        for (String segment : segments) {
            if (!segment.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("unsafe Graph path segment");
            }
            uri.append('/').append(segment);
        }
        return URI.create(uri.toString());
    }

    boolean mayReceiveToken(URI url) {
        String host = url.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase(baseUrl.getHost())) {
            return true;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return "https".equals(url.getScheme())
                && mediaHostSuffixes.stream().anyMatch(s -> lower.equals(s) || lower.endsWith("." + s));
    }
}
