package com.dentalai.hub.billing;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.gate.GatedRoutes;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test sources only: a staff write API and a staff read API of the usual kind (controller →
 * GatedCalls → gated route), so the suspension rule can be exercised over HTTP without depending
 * on another feature's endpoints.
 */
final class SuspensionProbe {

    private SuspensionProbe() {}

    @RestController
    @RequestMapping("/api/v1/test/billing-probe")
    static class Api {

        private final GatedCalls calls;

        Api(GatedCalls calls) {
            this.calls = calls;
        }

        @PostMapping(produces = "application/json")
        Map<String, Object> write(@AuthenticationPrincipal Principal principal) {
            return Map.of(
                    "wrote", calls.request("direct:billing-probe-write", principal, null, "x", Map.of(), String.class));
        }

        @GetMapping(produces = "application/json")
        Map<String, Object> read(@AuthenticationPrincipal Principal principal) {
            return Map.of(
                    "read", calls.request("direct:billing-probe-read", principal, null, "x", Map.of(), String.class));
        }
    }

    @org.springframework.stereotype.Component
    static class Routes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:billing-probe-write")
                    .routeId("billing-probe-write")
                    .routeProperty(GatedRoutes.PERMISSION, "PATIENTS_WRITE")
                    .setBody(constant("ok"));
            from("direct:billing-probe-read")
                    .routeId("billing-probe-read")
                    .routeProperty(GatedRoutes.PERMISSION, "PATIENTS_READ")
                    .setBody(constant("ok"));
        }
    }
}
