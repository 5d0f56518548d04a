package com.dentalai.hub.platform.security;

import com.dentalai.hub.platform.web.ProblemWriter;
import com.dentalai.hub.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 from the security chain as problem bodies. The 401 never says why (missing, expired
 * and forged tokens look alike), so a caller learns nothing about which tokens came close.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter writer;
    private final String challenge;

    private ProblemSecurityHandlers(ProblemWriter writer, String challenge) {
        this.writer = writer;
        this.challenge = challenge;
    }

    static ProblemSecurityHandlers bearer(ProblemWriter writer) {
        return new ProblemSecurityHandlers(writer, "Bearer");
    }

    static ProblemSecurityHandlers basic(ProblemWriter writer) {
        return new ProblemSecurityHandlers(writer, "Basic realm=\"DentalAI Hub operators\", charset=\"UTF-8\"");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        writer.write(
                request,
                response,
                Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "A valid access token or login is required"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this"));
    }
}
