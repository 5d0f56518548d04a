package com.dentalai.hub.connectors.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;

/** Reads a verified event body into a {@link StripeEvent}; malformed bodies fail clearly. */
public final class StripeEventReader {

    private final ObjectMapper json;

    public StripeEventReader(ObjectMapper json) {
        this.json = json;
    }

    public StripeEvent read(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Stripe event is not JSON", e);
        }
        if (root == null || !"event".equals(root.path("object").asText())) {
            throw new IllegalArgumentException("not a Stripe event (object != \"event\")");
        }
        String id =
                StripeEvent.text(root, "id").orElseThrow(() -> new IllegalArgumentException("Stripe event without id"));
        String type = StripeEvent.text(root, "type")
                .orElseThrow(() -> new IllegalArgumentException("Stripe event without type"));
        JsonNode object = root.path("data").path("object");
        if (!object.isObject()) {
            throw new IllegalArgumentException("Stripe event without data.object");
        }
        return new StripeEvent(
                id,
                type,
                Instant.ofEpochSecond(root.path("created").asLong(0)),
                StripeEvent.text(root, "api_version").orElse(null),
                StripeEvent.text(root, "account").orElse(null),
                object);
    }
}
