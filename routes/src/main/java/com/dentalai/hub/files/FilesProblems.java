package com.dentalai.hub.files;

import com.dentalai.hub.platform.gate.AccessDeniedException;
import com.dentalai.hub.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The gate's refusal as a 403 problem for the files API. */
@RestControllerAdvice(assignableTypes = FilesController.class)
class FilesProblems {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        // the reason names roles and tenants, not data: safe to show the caller
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.FORBIDDEN, "access-denied", e.reason()));
    }
}
