package com.dentalai.hub.webchat;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.SystemPrincipals;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.CorrelationIdFilter;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/chat} (CONTRACTS.md): public, so checked here in this order: a readable body
 * naming a tenant (400), a known tenant (404), an origin the tenant allows (403), the rate limits
 * (429 with Retry-After), the other fields (400); then the gated {@code webchat-turn} route answers.
 */
@RestController
class WebChatController {

    static final String PRINCIPAL = "webchat";

    private final WebChatRequests requests;
    private final TenantDirectory tenants;
    private final WebChatOrigins origins;
    private final WebChatRateLimits limits;
    private final ProducerTemplate producer;

    WebChatController(
            WebChatRequests requests,
            TenantDirectory tenants,
            WebChatOrigins origins,
            WebChatRateLimits limits,
            ProducerTemplate producer) {
        this.requests = requests;
        this.tenants = tenants;
        this.origins = origins;
        this.limits = limits;
        this.producer = producer;
    }

    @PostMapping(path = WebChatCorsFilter.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> chat(@RequestBody(required = false) byte[] body, HttpServletRequest http) {
        JsonNode tree = requests.tree(body);
        Tenant tenant = tenants.require(requests.tenant(tree));
        if (!origins.allowed(tenant, http.getHeader(HttpHeaders.ORIGIN), http)) {
            throw new ProblemException(
                    HttpStatus.FORBIDDEN, "origin-not-allowed", "This site may not use the clinic's web chat");
        }
        JsonNode session = tree.get("session_id");
        long wait = limits.acquire(
                tenant.id(), session != null && session.isTextual() ? session.asText() : null, http.getRemoteAddr());
        if (wait > 0) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(
                            HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many messages; wait a moment"));
        }
        WebChatRequest request = requests.request(tree, tenant.id());
        return ResponseEntity.ok(run(request));
    }

    private WebChatAnswer run(WebChatRequest request) {
        // the request's correlation id, so the answer's X-Correlation-Id finds the turn's logs and audit
        HubContext context = new HubContext(
                request.tenant(),
                SystemPrincipals.of(PRINCIPAL, request.tenant()),
                "webchat",
                CorrelationIdFilter.current());
        Exchange done = producer.request(WebChatTurnRoute.URI, exchange -> {
            exchange.setProperty(HubContext.PROPERTY, context);
            exchange.getMessage().setHeader(HubContext.CORRELATION_HEADER, context.correlationId());
            exchange.getMessage().setBody(request);
        });
        Exception failure = done.getException();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return done.getMessage().getBody(WebChatAnswer.class);
    }
}
