package com.dentalai.hub.billing;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Yosef's billing tool, one gated route per call. Every route needs BILLING_TOOL, which only the
 * system principal {@code system:yosef} holds (PermissionPolicy.RESERVED): Dana's tools run as the
 * channels' system principals and are refused here, whatever her brain asks for.
 */
@Component
class BillingToolRoutes extends RouteBuilder {

    static final String FIND_PATIENT = "direct:billing-tool-find-patient";
    static final String OPEN_INVOICES = "direct:billing-tool-open-invoices";
    static final String PAYMENT_LINK = "direct:billing-tool-payment-link";
    static final String SUBSCRIPTION = "direct:billing-tool-subscription";

    private final BillingTools tools;

    BillingToolRoutes(BillingTools tools) {
        this.tools = tools;
    }

    @Override
    public void configure() {
        tool(FIND_PATIENT, "findPatient");
        tool(OPEN_INVOICES, "openInvoices");
        tool(PAYMENT_LINK, "paymentLink");
        tool(SUBSCRIPTION, "subscriptionFacts");
    }

    private void tool(String uri, String method) {
        from(uri)
                .routeId(uri.substring("direct:".length()))
                .routeProperty(GatedRoutes.PERMISSION, "BILLING_TOOL")
                .bean(tools, method);
    }
}
