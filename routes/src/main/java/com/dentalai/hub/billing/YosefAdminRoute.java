package com.dentalai.hub.billing;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Clinic admins → Yosef. Needs BILLING_MANAGE in the billed tenant (the clinic's BRANCH_ADMIN, the
 * franchise's HQ_ADMIN, PLATFORM_ADMIN), like the subscription API: the admin never holds the
 * billing tool; Yosef calls it.
 */
@Component
class YosefAdminRoute extends RouteBuilder {

    static final String ASK = "direct:yosef-admin";

    private final YosefAdmin yosef;

    YosefAdminRoute(YosefAdmin yosef) {
        this.yosef = yosef;
    }

    @Override
    public void configure() {
        from(ASK)
                .routeId("yosef-admin")
                .routeProperty(GatedRoutes.PERMISSION, "BILLING_MANAGE")
                .bean(yosef, "answer");
    }
}
