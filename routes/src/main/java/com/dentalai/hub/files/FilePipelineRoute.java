package com.dentalai.hub.files;

import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.idempotency.IdempotentRepositories;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * files queue → once per object version → validate, scan, derive (FileProcessor) → registration
 * queue. A poison file ends REJECTED inside the processor (no exception, so no retry and no dead
 * letter); S3 or clamd being down throws, so the central policy retries and then dead-letters
 * the event, and a replay runs it again (a failed exchange gives its idempotency key back).
 */
@Component
class FilePipelineRoute extends RouteBuilder {

    private final FileProcessor processor;
    private final IdempotentRepositories repositories;

    FilePipelineRoute(FileProcessor processor, IdempotentRepositories repositories) {
        this.processor = processor;
        this.repositories = repositories;
    }

    @Override
    public void configure() {
        from("jms:queue:{{hub.files.queue}}")
                .routeId("file-pipeline")
                .routeProperty(GatedRoutes.PERMISSION, "WEBHOOK_INGEST")
                .routeProperty(GatedRoutes.RUN_AS, S3WebhookController.SYSTEM_PRINCIPAL)
                .idempotentConsumer(header(FileHeaders.VERSION_KEY), repositories.forProcessor("file-versions"))
                .bean(processor, "process")
                .filter(header(FileHeaders.STORED).isEqualTo(true))
                .to(ExchangePattern.InOnly, "jms:queue:{{hub.files.register-queue}}")
                .end();
    }
}
