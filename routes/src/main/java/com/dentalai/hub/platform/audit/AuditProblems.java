package com.dentalai.hub.platform.audit;

import com.dentalai.hub.platform.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 7807 answers of the audit API, built by the hub-wide {@link Problems} so the {@code type}s match. */
@RestControllerAdvice(assignableTypes = AuditController.class)
class AuditProblems {

    @ExceptionHandler(AuditExportQuery.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(AuditExportQuery.Invalid e) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        ResponseEntity<ProblemDetail> response =
                problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "Some parameters are not valid");
        response.getBody().setProperty("errors", errors);
        return response;
    }

    @ExceptionHandler(AuditAccess.Denied.class)
    ResponseEntity<ProblemDetail> denied(AuditAccess.Denied e) {
        // the reason names roles and tenants, not data: safe to show the caller
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Access denied", e.getMessage());
    }

    @ExceptionHandler(AuditController.NotAuthenticated.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuditController.NotAuthenticated e) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail body = Problems.of(status, slug, detail);
        body.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
