package com.dentalai.hub.billing;

import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.idempotency.IdempotentRepositories;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Stripe webhook → de-duplicate on the event id → record → apply to the tenant's subscription →
 * record the outcome. The HTTP edge ({@link StripeWebhookController}) has already verified the
 * signature and read the event; both routes run as the platform-wide system principal
 * {@code stripe-webhook} (WEBHOOK_INGEST).
 */
@Component
class StripeWebhookRoute extends RouteBuilder {

    static final String WEBHOOK = "direct:stripe-webhook";
    static final String APPLY = "direct:billing-apply";
    static final String EVENT_ID = "StripeEventId";

    private final IdempotentRepositories repositories;
    private final StripeEventLog log;
    private final BillingEvents events;

    StripeWebhookRoute(IdempotentRepositories repositories, StripeEventLog log, BillingEvents events) {
        this.repositories = repositories;
        this.log = log;
        this.events = events;
    }

    @Override
    public void configure() {
        from(WEBHOOK)
                .routeId("stripe-webhook")
                .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                .idempotentConsumer(header(EVENT_ID), repositories.forProcessor("stripe-events"))
                .bean(log, "received")
                .to(APPLY)
                .bean(log, "finished")
                .end();

        from(APPLY)
                .routeId("billing-apply")
                .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                .bean(events, "apply");
    }
}
