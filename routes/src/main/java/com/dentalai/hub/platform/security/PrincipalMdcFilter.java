package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.context.HubContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the authenticated user's id and tenant in the MDC (ids only: no names, no PHI). */
final class PrincipalMdcFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Principal p) {
            MDC.put(HubContext.MDC_USER, p.id());
            if (p.tenantId() != null) {
                MDC.put(HubContext.MDC_TENANT, p.tenantId());
            }
        }
        chain.doFilter(request, response);
    }
}
