package com.dentalai.hub.conversation;

import com.dentalai.hub.channels.InboundQueue;
import com.dentalai.hub.channels.ReplySender;
import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.idempotency.IdempotentRepositories;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Inbound patient message → dedupe → Dana → replies on the channel. Runs as the channel's system
 * principal whose signed context came with the message; redelivered webhooks and replays of a
 * message already handled do nothing.
 */
@Component
class ConversationTurnRoute extends RouteBuilder {

    private final IdempotentRepositories repositories;
    private final ConversationTurns turns;
    private final ReplySender replies;

    ConversationTurnRoute(IdempotentRepositories repositories, ConversationTurns turns, ReplySender replies) {
        this.repositories = repositories;
        this.turns = turns;
        this.replies = replies;
    }

    @Override
    public void configure() {
        from("{{hub.channels.inbound-uri}}")
                .routeId("conversation-turn")
                .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                .idempotentConsumer(header(InboundQueue.MESSAGE_KEY), repositories.forProcessor("conversation-turn"))
                .bean(turns, "take")
                .bean(replies, "deliver")
                .bean(turns, "settle")
                .end();
    }
}
