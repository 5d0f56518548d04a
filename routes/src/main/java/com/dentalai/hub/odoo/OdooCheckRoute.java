package com.dentalai.hub.odoo;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The Odoo connection test behind the gate: admins of the tenant (or its HQ) and platform admins. */
@Component
class OdooCheckRoute extends RouteBuilder {

    static final String CHECK = "direct:odoo-check";

    private final OdooCheck check;

    OdooCheckRoute(OdooCheck check) {
        this.check = check;
    }

    @Override
    public void configure() {
        from(CHECK)
                .routeId("odoo-check")
                .routeProperty(GatedRoutes.PERMISSION, "ODOO_CHECK")
                .bean(check, "check");
    }
}
