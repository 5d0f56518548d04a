package com.dentalai.hub.odoo;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/tenants/{id}/odoo/check} (CONTRACTS.md): the connection test. */
@RestController
class OdooCheckController {

    private final GatedCalls calls;

    OdooCheckController(GatedCalls calls) {
        this.calls = calls;
    }

    @GetMapping(path = "/api/v1/admin/tenants/{id}/odoo/check", produces = "application/json")
    OdooCheckReport check(@AuthenticationPrincipal Principal principal, @PathVariable String id) {
        return calls.request(OdooCheckRoute.CHECK, principal, id, id, Map.of(), OdooCheckReport.class);
    }
}
