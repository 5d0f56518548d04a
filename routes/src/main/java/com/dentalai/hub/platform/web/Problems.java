package com.dentalai.hub.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The hub's RFC 7807 problem bodies. Every error the hub answers is built here so that {@code type}
 * slugs, the {@code errors[{field, message}]} shape and the correlation id are the same everywhere
 * (API, security chain, filters, container errors).
 */
public final class Problems {

    /** Prefix of every problem {@code type}: a URN, because nothing is served at these names. */
    public static final String TYPE_PREFIX = "urn:dentalai:problem:";

    private Problems() {}

    /** One validation or parse failure: {@code field} is the JSON path the client sent. */
    public record FieldError(String field, String message) {}

    public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_PREFIX + slug));
        p.setProperty("correlation_id", CorrelationIdFilter.current());
        return p;
    }

    /** The request path as the problem's {@code instance}, or none when it is not a valid URI. */
    static URI instance(String requestUri) {
        try {
            return requestUri == null ? null : new URI(requestUri);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    public static ProblemDetail withErrors(HttpStatusCode status, String slug, String detail, List<FieldError> errors) {
        ProblemDetail p = of(status, slug, detail);
        p.setProperty("errors", List.copyOf(errors));
        return p;
    }
}
