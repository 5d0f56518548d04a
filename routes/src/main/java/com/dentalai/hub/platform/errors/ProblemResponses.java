package com.dentalai.hub.platform.errors;

import com.dentalai.hub.platform.gate.AccessDeniedException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 7807 answers for the admin endpoints of this package (the hub-wide handler lives with the
 * HTTP security layer; this one stays minimal and consistent with it: type, title, status,
 * detail as {@code application/problem+json}).
 */
@RestControllerAdvice(assignableTypes = DeadLetterController.class)
class ProblemResponses {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        // the reason names roles and tenants, not data: safe to show the caller
        return problem(HttpStatus.FORBIDDEN, "access-denied", "Access denied", e.reason());
    }

    @ExceptionHandler(DeadLetterProblem.class)
    ResponseEntity<ProblemDetail> deadLetter(DeadLetterProblem e) {
        return e.notFound()
                ? problem(HttpStatus.NOT_FOUND, "not-found", "Dead letter not found", e.getMessage())
                : problem(
                        HttpStatus.CONFLICT,
                        "dead-letter-not-replayable",
                        "Dead letter cannot be replayed",
                        e.getMessage());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("/problems/" + slug));
        body.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
