package com.dentalai.hub.webchat;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Web chat request → (identity) → Dana → the answer, synchronously: the browser waits for it. Runs
 * as the system principal {@code webchat} of the request's tenant, like the channels' webhooks.
 */
@Component
class WebChatTurnRoute extends RouteBuilder {

    static final String URI = "direct:webchat-turn";

    private final WebChatConversation conversation;

    WebChatTurnRoute(WebChatConversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public void configure() {
        from(URI)
                .routeId("webchat-turn")
                .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                // no redelivery and no dead letter: the patient is waiting and retries with the same
                // message id; a redelivery here would run a half-done turn a second time
                .onException(Exception.class)
                .maximumRedeliveries(0)
                .handled(false)
                .end()
                .bean(conversation, "converse");
    }
}
