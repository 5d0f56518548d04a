package com.dentalai.hub.files;

import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.idempotency.IdempotentRepositories;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * registration queue → attach the file to the patient (or appointment) in the tenant's Odoo.
 * Its own stage so an Odoo outage parks only this step: the file is already STORED in S3, the
 * dead letter is replayable, and a replay does not redo the image work.
 */
@Component
class FileRegistrationRoute extends RouteBuilder {

    private final FileRegistrar registrar;
    private final IdempotentRepositories repositories;

    FileRegistrationRoute(FileRegistrar registrar, IdempotentRepositories repositories) {
        this.registrar = registrar;
        this.repositories = repositories;
    }

    @Override
    public void configure() {
        from("jms:queue:{{hub.files.register-queue}}")
                .routeId("file-registration")
                .routeProperty(GatedRoutes.PERMISSION, "ODOO_WRITE")
                .routeProperty(GatedRoutes.RUN_AS, S3WebhookController.SYSTEM_PRINCIPAL)
                .idempotentConsumer(header(FileHeaders.FILE_ID), repositories.forProcessor("file-registrations"))
                .bean(registrar, "register");
    }
}
