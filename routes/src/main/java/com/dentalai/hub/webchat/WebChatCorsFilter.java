package com.dentalai.hub.webchat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS for {@code POST /api/v1/chat}, so the widget can be embedded on a clinic's own site. The
 * preflight names no tenant, so it is answered for an origin that any tenant allows; the POST itself
 * is then checked against its tenant's origins by {@link WebChatController} (403 otherwise). The
 * allow headers go on every answer to an allowed origin, errors included, so the widget can read a
 * 429's Retry-After.
 */
@Component
class WebChatCorsFilter extends OncePerRequestFilter {

    static final String PATH = "/api/v1/chat";

    private final WebChatOrigins origins;

    WebChatCorsFilter(WebChatOrigins origins) {
        this.origins = origins;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean allowed = origins.allowedForAnyTenant(origin, request);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (allowed) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After, X-Correlation-Id");
        }
        boolean preflight = HttpMethod.OPTIONS.matches(request.getMethod())
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!preflight) {
            chain.doFilter(request, response);
            return;
        }
        if (!allowed) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
