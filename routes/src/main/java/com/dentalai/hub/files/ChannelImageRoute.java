package com.dentalai.hub.files;

import com.dentalai.hub.channels.InboundQueue;
import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.idempotency.IdempotentRepositories;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * A patient's photo from WhatsApp or Telegram (queued by the channels' InboundQueue instead of the
 * conversation turn) → once per provider message → fetched, checked and stored for the chat's
 * patient (ChannelImages) → the files pipeline, as if S3 had announced it → one line back to the
 * patient. Runs as the channel's system principal whose signed context came with the message.
 */
@Component
class ChannelImageRoute extends RouteBuilder {

    private final ChannelImages images;
    private final IdempotentRepositories repositories;

    ChannelImageRoute(ChannelImages images, IdempotentRepositories repositories) {
        this.images = images;
        this.repositories = repositories;
    }

    @Override
    public void configure() {
        from("jms:queue:{{hub.files.channel-queue}}")
                .routeId("channel-image")
                .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                .idempotentConsumer(header(InboundQueue.MESSAGE_KEY), repositories.forProcessor("channel-images"))
                .bean(images, "take")
                .filter(header(FileHeaders.STORED).isEqualTo(true))
                .to(FileNotificationRoute.NOTIFY)
                .end()
                .bean(images, "acknowledge")
                .end();
    }
}
