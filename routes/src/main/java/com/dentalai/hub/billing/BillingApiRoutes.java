package com.dentalai.hub.billing;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The billing API behind the gate. Both need BILLING_MANAGE in the billed tenant (a clinic, or the
 * HQ of a franchise): clinic admins, HQ admins and platform admins. BILLING_MANAGE stays allowed
 * while a tenant is suspended, so it can pay its way back.
 */
@Component
class BillingApiRoutes extends RouteBuilder {

    static final String SUBSCRIPTION = "direct:billing-subscription";
    static final String CHECKOUT = "direct:billing-checkout";

    private final BillingApi api;
    private final StripeCheckout checkout;

    BillingApiRoutes(BillingApi api, StripeCheckout checkout) {
        this.api = api;
        this.checkout = checkout;
    }

    @Override
    public void configure() {
        from(SUBSCRIPTION)
                .routeId("billing-subscription")
                .routeProperty(GatedRoutes.PERMISSION, "BILLING_MANAGE")
                .bean(api, "subscription");

        from(CHECKOUT)
                .routeId("billing-checkout")
                .routeProperty(GatedRoutes.PERMISSION, "BILLING_MANAGE")
                .bean(checkout, "create");
    }
}
