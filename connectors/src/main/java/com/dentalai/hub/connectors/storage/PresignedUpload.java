package com.dentalai.hub.connectors.storage;

import java.time.Instant;
import java.util.Map;

/** A URL the client PUTs the file to, with the headers it must send and when the URL expires. */
public record PresignedUpload(String url, String method, Map<String, String> headers, Instant expiresAt) {

    public PresignedUpload {
        headers = Map.copyOf(headers);
    }
}
