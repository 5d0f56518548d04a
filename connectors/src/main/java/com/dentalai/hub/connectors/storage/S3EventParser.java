package com.dentalai.hub.connectors.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads S3 event notifications as AWS sends them ({@code eventName: "ObjectCreated:Put"}) and as
 * MinIO sends them ({@code "s3:ObjectCreated:Put"}, plus top-level {@code EventName}/{@code Key}).
 * Keys arrive URL-encoded with {@code +} for spaces. Non-create events are skipped.
 */
public final class S3EventParser {

    private final ObjectMapper json;

    public S3EventParser(ObjectMapper json) {
        this.json = json;
    }

    public List<ObjectCreated> parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("S3 notification is not JSON", e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("S3 notification could not be read", e);
        }
        if (root == null || !root.path("Records").isArray()) {
            throw new IllegalArgumentException("S3 notification has no Records array");
        }
        List<ObjectCreated> created = new ArrayList<>();
        for (JsonNode record : root.path("Records")) {
            String eventName = record.path("eventName").asText("");
            if (!eventName.startsWith("ObjectCreated:") && !eventName.startsWith("s3:ObjectCreated:")) {
                continue;
            }
            JsonNode s3 = record.path("s3");
            String bucket = s3.path("bucket").path("name").asText("");
            JsonNode object = s3.path("object");
            String rawKey = object.path("key").asText("");
            if (bucket.isEmpty() || rawKey.isEmpty()) {
                throw new IllegalArgumentException("S3 record lacks s3.bucket.name or s3.object.key");
            }
            created.add(new ObjectCreated(
                    bucket,
                    URLDecoder.decode(rawKey, StandardCharsets.UTF_8),
                    object.path("size").asLong(0),
                    stripQuotes(object.path("eTag").asText("")),
                    object.path("versionId").asText(""),
                    object.path("sequencer").asText("")));
        }
        return created;
    }

    private static String stripQuotes(String etag) {
        return etag.replace("\"", "");
    }
}
