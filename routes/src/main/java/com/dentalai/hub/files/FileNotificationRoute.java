package com.dentalai.hub.files;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * A created original, accepted by the webhook, onto the files queue: the webhook answers at once
 * and the pipeline runs at the broker's pace, with the tenant's system context signed on the
 * message.
 */
@Component
class FileNotificationRoute extends RouteBuilder {

    static final String NOTIFY = "direct:files-notification";

    @Override
    public void configure() {
        from(NOTIFY)
                .routeId("files-notification")
                .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                .to(ExchangePattern.InOnly, "jms:queue:{{hub.files.queue}}");
    }
}
