package com.dentalai.hub.billing;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/agents/yosef {text, tenant?, language?}} → {@code {agent, replies:[{text}]}}:
 * where clinic staff talk to Yosef ("what is my subscription status", "send me my last invoice").
 * Authenticated (Bearer); {@code tenant} defaults to the caller's; a branch is answered for its HQ;
 * {@code language} (he | en) defaults to the tenant's locale. Not in CONTRACTS.md: an addition.
 */
@RestController
class YosefController {

    private final GatedCalls calls;
    private final TenantDirectory tenants;
    private final TenantStanding standing;

    YosefController(GatedCalls calls, TenantDirectory tenants, TenantStanding standing) {
        this.calls = calls;
        this.tenants = tenants;
        this.standing = standing;
    }

    @PostMapping(path = "/api/v1/agents/yosef", produces = "application/json")
    YosefAdmin.Answer ask(@AuthenticationPrincipal Principal principal, @RequestBody Map<String, Object> body) {
        if (!(body.get("text") instanceof String text) || text.isBlank() || text.length() > 1000) {
            throw invalid("text", "is required (at most 1000 characters)");
        }
        Object requested = body.get("tenant");
        String tenant = requested instanceof String t && !t.isBlank() ? t : principal.tenantId();
        if (tenant == null) {
            throw invalid("tenant", "is required for a platform-level user");
        }
        String billed = standing.billedTenant(tenants.require(tenant).id());
        Object lang = body.get("language");
        String language = "en".equals(lang) || "he".equals(lang)
                ? (String) lang
                : tenants.require(billed).locale();
        return calls.request(
                YosefAdminRoute.ASK,
                principal,
                billed,
                new YosefAdmin.Question(text, language),
                Map.of(),
                YosefAdmin.Answer.class);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                HttpStatus.BAD_REQUEST,
                "validation",
                "The request has invalid fields",
                List.of(new Problems.FieldError(field, message)));
    }
}
