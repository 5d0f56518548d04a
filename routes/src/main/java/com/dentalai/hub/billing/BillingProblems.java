package com.dentalai.hub.billing;

import com.dentalai.hub.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * "tenant suspended" as a 403 problem for every controller that hands work to a gated route: the
 * refusal may surface from any API, so this advice is global and ordered before the hub-wide one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingProblems {

    @ExceptionHandler(TenantSuspendedException.class)
    ResponseEntity<ProblemDetail> suspended(TenantSuspendedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "tenant-suspended", e.reason());
        problem.setTitle("tenant suspended");
        return render(problem);
    }

    static ResponseEntity<ProblemDetail> render(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
