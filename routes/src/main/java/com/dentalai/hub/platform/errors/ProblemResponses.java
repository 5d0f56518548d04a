package com.dentalai.hub.platform.errors;

import com.dentalai.hub.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 7807 answers for the dead-letter endpoints' own failures; gate refusals and everything else
 * go to the hub-wide handler. Bodies come from {@link Problems}, so {@code type}s match hub-wide.
 */
@RestControllerAdvice(assignableTypes = DeadLetterController.class)
class ProblemResponses {

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
        ProblemDetail body = Problems.of(status, slug, detail);
        body.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
