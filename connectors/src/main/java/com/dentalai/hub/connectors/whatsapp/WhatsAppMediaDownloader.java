package com.dentalai.hub.connectors.whatsapp;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.ChannelMedia;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.ChannelSendException.Kind;
import com.dentalai.hub.domain.channel.MalformedPayloadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Fetches media a patient sent: {@code GET /{version}/{media-id}} gives a short-lived URL, which is
 * then fetched with the same bearer token. The token only goes to Graph's own media hosts, and files
 * above {@code maxMediaBytes} are refused before they are read.
 */
public final class WhatsAppMediaDownloader {

    private final GraphHttp graph;

    public WhatsAppMediaDownloader(WhatsAppApiSettings settings) {
        this(settings, WhatsAppSender.defaultClient(settings), new ObjectMapper());
    }

    public WhatsAppMediaDownloader(WhatsAppApiSettings settings, HttpClient http, ObjectMapper mapper) {
        this.graph = new GraphHttp(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(http, "http"),
                Objects.requireNonNull(mapper, "mapper"));
    }

    /** @param mediaId the id from {@code MessageContent.Image#mediaRef()} */
    public ChannelMedia download(WhatsAppAccount account, String mediaId) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(mediaId, "mediaId");
        JsonNode meta = graph.getJson(account, graph.settings().path(mediaId), "media lookup");
        long max = graph.settings().maxMediaBytes();
        if (meta.path("file_size").asLong(0) > max) {
            throw new ChannelSendException(
                    Channel.WHATSAPP, Kind.PERMANENT, null, null, "WhatsApp media exceeds " + max + " bytes");
        }
        URI url = mediaUrl(meta);
        byte[] bytes = graph.getBytes(account, url, max, "media download");
        checkDigest(meta.path("sha256").asText(""), bytes);
        return new ChannelMedia(bytes, meta.path("mime_type").asText(null));
    }

    private URI mediaUrl(JsonNode meta) {
        URI url;
        try {
            url = URI.create(meta.path("url").asText(""));
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException("WhatsApp media lookup: 'url' is not a URL");
        }
        if (!url.isAbsolute() || !graph.settings().mayReceiveToken(url)) {
            throw new ChannelSendException(
                    Channel.WHATSAPP,
                    Kind.PERMANENT,
                    null,
                    null,
                    "WhatsApp media URL points outside Meta's media hosts");
        }
        return url;
    }

    private static void checkDigest(String expectedHex, byte[] bytes) {
        // the lookup's sha256 is hex; anything else (absent, base64) is not checked
        if (!expectedHex.matches("[0-9a-fA-F]{64}")) {
            return;
        }
        try {
            byte[] actual = MessageDigest.getInstance("SHA-256").digest(bytes);
            if (!MessageDigest.isEqual(
                    actual, HexFormat.of().parseHex(expectedHex.toLowerCase(java.util.Locale.ROOT)))) {
                throw new MalformedPayloadException("WhatsApp media does not match its sha256");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "WhatsAppMediaDownloader[" + graph.settings().baseUrl() + "]";
    }
}
