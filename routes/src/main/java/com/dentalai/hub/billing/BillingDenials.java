package com.dentalai.hub.billing;

import com.dentalai.hub.platform.gate.AccessDeniedException;
import com.dentalai.hub.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Other gate refusals on the billing API → 403 problem (the hub-wide handler belongs to the HTTP layer). */
@RestControllerAdvice(assignableTypes = BillingController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BillingDenials {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        // the reason names roles and tenants, not data: safe to show the caller
        return BillingProblems.render(Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.reason()));
    }
}
