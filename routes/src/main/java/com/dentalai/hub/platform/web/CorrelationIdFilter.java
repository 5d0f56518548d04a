package com.dentalai.hub.platform.web;

import com.dentalai.hub.platform.context.HubContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stamps every request with a correlation id before anything else runs, so that errors written by
 * the security chain or the container carry the header too. A caller's id is kept only when it is
 * plainly an id: anything else could smuggle log-injection text into every log line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    /** Request attribute holding the id for code that has the request but not the MDC. */
    public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = chooseId(request.getHeader(HubContext.CORRELATION_HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HubContext.CORRELATION_HEADER, id);
        MDC.put(HubContext.MDC_CORRELATION, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(HubContext.MDC_CORRELATION);
            MDC.remove(HubContext.MDC_TENANT);
            MDC.remove(HubContext.MDC_USER);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // the error dispatch keeps the header already set; re-running would only reset the MDC early
        return true;
    }

    static String chooseId(String incoming) {
        if (incoming != null && SANE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    /** The current request's correlation id, or a fresh one when called outside a request. */
    public static String current() {
        String id = MDC.get(HubContext.MDC_CORRELATION);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
