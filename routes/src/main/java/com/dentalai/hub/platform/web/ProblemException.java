package com.dentalai.hub.platform.web;

import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * An error that already knows its HTTP answer. Throw it (or a subclass) from controllers and
 * services; the central handler renders the problem unchanged.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemDetail problem;

    public ProblemException(HttpStatusCode status, String slug, String detail) {
        super(detail);
        this.problem = Problems.of(status, slug, detail);
    }

    public ProblemException(HttpStatusCode status, String slug, String detail, List<Problems.FieldError> errors) {
        super(detail);
        this.problem = Problems.withErrors(status, slug, detail, errors);
    }

    public ProblemDetail problem() {
        return problem;
    }
}
