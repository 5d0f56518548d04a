package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.web.CorrelationIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit API: CSV export (CONTRACTS.md) and chain verification. Both are themselves audited
 * ({@code audit.export}, {@code audit.verify}), refusals included.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    static final String VERB_EXPORT = "audit.export";
    static final String VERB_VERIFY = "audit.verify";

    private static final Pattern SAFE_CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final AuditAccess access;
    private final AuditCsvExporter exporter;
    private final AuditChainVerifier verifier;
    private final AuditTrail trail;
    private final Clock clock = Clock.systemUTC();

    AuditController(AuditAccess access, AuditCsvExporter exporter, AuditChainVerifier verifier, AuditTrail trail) {
        this.access = access;
        this.exporter = exporter;
        this.verifier = verifier;
        this.trail = trail;
    }

    @GetMapping("/verify")
    ChainVerification verify(
            @RequestParam(required = false) String tenant, HttpServletRequest request, HttpServletResponse response) {
        Principal p = principal();
        String correlation = correlationId(request, response);
        String target;
        try {
            target = access.verifyTarget(p, tenant);
        } catch (AuditAccess.Denied e) {
            audit(
                    p,
                    VERB_VERIFY,
                    tenant,
                    AuditEvent.Outcome.DENIED,
                    request,
                    correlation,
                    Map.of("reason", e.getMessage()));
            throw e;
        }
        ChainVerification result = verifier.verify(target);
        audit(
                p,
                VERB_VERIFY,
                target,
                AuditEvent.Outcome.SUCCESS,
                request,
                correlation,
                Map.of("ok", Boolean.toString(result.ok()), "checked", Long.toString(result.checked())));
        return result;
    }

    /**
     * Streams straight into the response (no async hand-off, so no async timeout on a long export);
     * memory stays bounded by the exporter's page size.
     */
    @GetMapping("/export.csv")
    void export(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String verbs,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Principal p = principal();
        String correlation = correlationId(request, response);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("from", from == null ? "" : from);
        extra.put("to", to == null ? "" : to);
        extra.put("verbs", verbs == null ? "" : verbs);
        AuditExportQuery query = AuditExportQuery.parse(from, to, verbs);
        Set<String> scope;
        try {
            scope = access.exportScope(p);
        } catch (AuditAccess.Denied e) {
            extra.put("reason", e.getMessage());
            audit(p, VERB_EXPORT, null, AuditEvent.Outcome.DENIED, request, correlation, extra);
            throw e;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-" + clock.instant().toString().replace(':', '-') + ".csv\"");
        extra.put("tenants", Integer.toString(scope.size()));
        try {
            long rows = exporter.export(scope, query, response.getOutputStream());
            extra.put("rows", Long.toString(rows));
            audit(p, VERB_EXPORT, null, AuditEvent.Outcome.SUCCESS, request, correlation, extra);
        } catch (IOException | RuntimeException e) {
            extra.put("reason", e.getClass().getSimpleName());
            audit(p, VERB_EXPORT, null, AuditEvent.Outcome.FAILURE, request, correlation, extra);
            throw e;
        }
    }

    private void audit(
            Principal p,
            String verb,
            String objectId,
            AuditEvent.Outcome outcome,
            HttpServletRequest request,
            String correlation,
            Map<String, String> extra) {
        trail.record(new AuditEvent(
                clock.instant(),
                p.tenantId(),
                p.id(),
                verb,
                "audit_events",
                objectId,
                outcome,
                request.getRemoteAddr(),
                correlation,
                extra));
    }

    private static Principal principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Principal p) {
            return p;
        }
        throw new NotAuthenticated();
    }

    /**
     * The request's correlation id, echoed back: the edge filter's, else a sane incoming header,
     * else the MDC's, else a new one. The header wins over the MDC because a thread's MDC may still
     * hold an earlier exchange's id.
     */
    private static String correlationId(HttpServletRequest request, HttpServletResponse response) {
        Object edge = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        String header = request.getHeader(HubContext.CORRELATION_HEADER);
        String id;
        if (edge instanceof String fromFilter) {
            id = fromFilter;
        } else if (header != null && SAFE_CORRELATION.matcher(header).matches()) {
            id = header;
        } else {
            String mdc = MDC.get(HubContext.MDC_CORRELATION);
            id = mdc != null ? mdc : UUID.randomUUID().toString();
        }
        if (!response.containsHeader(HubContext.CORRELATION_HEADER)) {
            response.setHeader(HubContext.CORRELATION_HEADER, id);
        }
        return id;
    }

    /** No hub principal on the request (the security filter chain normally answers 401 first). */
    static final class NotAuthenticated extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotAuthenticated() {
            super("authentication required");
        }
    }
}
