package com.dentalai.hub.files.annotations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stored annotation, as the API answers it. */
record Annotation(
        @JsonProperty("id") UUID id,
        @JsonProperty("file_id") UUID fileId,
        @JsonProperty("kind") String kind,
        @JsonProperty("points") List<AnnotationRequest.Point> points,
        @JsonProperty("text") String text,
        @JsonProperty("color") String color,
        @JsonProperty("author") String author,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("version") int version) {}
