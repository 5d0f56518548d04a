package com.dentalai.hub.handover;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Staff replies reach the patient: one polling route per tenant with Odoo (so one clinic's slow
 * Odoo never delays another's), each tick relaying new chatter replies and resuming the bot.
 * A tick with no open handover touches only the hub's database.
 */
@Component
class HandoverRoutes extends RouteBuilder {

    static final String SYSTEM_PRINCIPAL = "handover";

    private final HandoverProperties properties;
    private final TenantDirectory tenants;
    private final HandoverRelay relay;

    HandoverRoutes(HandoverProperties properties, TenantDirectory tenants, HandoverRelay relay) {
        this.properties = properties;
        this.tenants = tenants;
        this.relay = relay;
    }

    static String routeId(String tenantId) {
        return "handover-relay-" + tenantId;
    }

    @Override
    public void configure() {
        if (!properties.enabled()) {
            return;
        }
        for (Tenant tenant : tenants.all()) {
            if (tenant.odoo() == null) {
                continue;
            }
            from("timer:" + routeId(tenant.id()) + "?period="
                            + properties.pollInterval().toMillis() + "&delay="
                            + properties.pollInterval().toMillis())
                    .routeId(routeId(tenant.id()))
                    .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
                    .routeProperty(GatedRoutes.RUN_AS, SYSTEM_PRINCIPAL)
                    .routeProperty(GatedRoutes.TENANT, tenant.id())
                    .bean(relay, "poll");
        }
    }
}
