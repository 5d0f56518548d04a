package com.dentalai.hub.odoo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/admin/tenants/{id}/odoo/check}: each step of reaching the
 * tenant's Odoo, and in {@code problems} exactly what is wrong, in words an admin can act on.
 * Never contains a secret.
 */
public record OdooCheckReport(
        String tenant,
        boolean reachable,
        @JsonProperty("server_version") String serverVersion,
        boolean authenticated,
        String mapping,
        List<String> problems) {

    public OdooCheckReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
