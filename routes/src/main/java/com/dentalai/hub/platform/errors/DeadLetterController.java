package com.dentalai.hub.platform.errors;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/dead-letters} (CONTRACTS.md, OPERATOR): the HTTP face of the dead-letter routes. */
@RestController
@RequestMapping(path = "/api/v1/admin/dead-letters", produces = "application/json")
class DeadLetterController {

    private final GatedCalls calls;

    DeadLetterController(GatedCalls calls) {
        this.calls = calls;
    }

    @GetMapping
    List<?> list(
            @AuthenticationPrincipal Principal principal,
            @RequestParam(required = false) String tenant,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit) {
        Map<String, Object> query = new HashMap<>();
        putIfPresent(query, "tenant", tenant);
        putIfPresent(query, "status", status);
        putIfPresent(query, "limit", limit);
        return calls.request(DeadLetterAdminRoutes.LIST, principal, tenant, null, query, List.class);
    }

    @PostMapping("/{id}/replay")
    Map<?, ?> replay(@AuthenticationPrincipal Principal principal, @PathVariable String id) {
        return calls.request(DeadLetterAdminRoutes.REPLAY, principal, null, id, Map.of(), Map.class);
    }

    private static void putIfPresent(Map<String, Object> query, String key, Object value) {
        if (value != null) {
            query.put(key, value);
        }
    }
}
