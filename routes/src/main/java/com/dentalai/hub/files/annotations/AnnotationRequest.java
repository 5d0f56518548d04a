package com.dentalai.hub.files.annotations;

import com.dentalai.hub.platform.web.Problems;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Body of {@code POST} and {@code PUT /api/v1/files/{id}/annotations[/{annotationId}]}. Boxed
 * fields so that a missing value is told apart from zero; {@code version} only matters on PUT.
 */
record AnnotationRequest(
        @JsonProperty("kind") String kind,
        @JsonProperty("points") List<Point> points,
        @JsonProperty("text") String text,
        @JsonProperty("color") String color,
        @JsonProperty("version") Integer version) {

    static final Set<String> KINDS = Set.of("arrow", "circle", "rect", "text", "freehand");
    static final int MAX_POINTS = 200;
    static final int MAX_TEXT = 500;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** One vertex, as a fraction of the image's width and height. */
    record Point(@JsonProperty("x") Double x, @JsonProperty("y") Double y) {}

    /** Every invalid field, named as the client wrote it ({@code points[3].x}); empty when valid. */
    List<Problems.FieldError> problems(boolean update) {
        List<Problems.FieldError> errors = new ArrayList<>();
        if (kind == null || !KINDS.contains(kind)) {
            errors.add(new Problems.FieldError("kind", "must be one of arrow, circle, rect, text, freehand"));
        }
        if (points == null || points.isEmpty() || points.size() > MAX_POINTS) {
            errors.add(new Problems.FieldError("points", "must hold 1 to " + MAX_POINTS + " points"));
        } else {
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                if (p == null) {
                    errors.add(new Problems.FieldError("points[" + i + "]", "must be an object {x, y}"));
                    continue;
                }
                checkCoordinate(errors, "points[" + i + "].x", p.x());
                checkCoordinate(errors, "points[" + i + "].y", p.y());
            }
        }
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new Problems.FieldError("text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (color != null && !COLOR.matcher(color).matches()) {
            errors.add(new Problems.FieldError("color", "must be #rrggbb"));
        }
        if (update && (version == null || version < 1)) {
            errors.add(new Problems.FieldError("version", "is required: the version the update is based on"));
        }
        return errors;
    }

    /** Colours are stored lower-case so that equal colours compare equal. */
    String normalisedColor() {
        return color == null ? null : color.toLowerCase(Locale.ROOT);
    }

    private static void checkCoordinate(List<Problems.FieldError> errors, String field, Double value) {
        if (value == null || value.isNaN() || value < 0.0 || value > 1.0) {
            errors.add(new Problems.FieldError(field, "must be a number from 0 to 1"));
        }
    }
}
