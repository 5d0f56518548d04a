package com.dentalai.hub.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/** The answer of {@code POST /api/v1/files/presign}: PUT the bytes to {@code url} with {@code headers}. */
record PresignResponse(
        @JsonProperty("file_id") String fileId,
        @JsonProperty("url") String url,
        @JsonProperty("method") String method,
        @JsonProperty("headers") Map<String, String> headers,
        @JsonProperty("expires_at") Instant expiresAt) {}
