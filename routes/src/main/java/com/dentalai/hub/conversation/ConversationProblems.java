package com.dentalai.hub.conversation;

import com.dentalai.hub.platform.gate.AccessDeniedException;
import com.dentalai.hub.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The gate's refusal as a 403 problem for this package's APIs (the hub-wide handler maps Spring
 * Security's AccessDeniedException, not the gate's).
 */
@RestControllerAdvice(assignableTypes = NluParseController.class)
class ConversationProblems {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        // the reason names roles and a permission, never data
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.FORBIDDEN, "access-denied", e.reason()));
    }
}
