package com.dentalai.hub.files;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Presigning behind the gate: FILES_UPLOAD in the request's tenant (PATIENT: own records only). */
@Component
class FilePresignRoute extends RouteBuilder {

    static final String PRESIGN = "direct:files-presign";

    private final FileUploads uploads;

    FilePresignRoute(FileUploads uploads) {
        this.uploads = uploads;
    }

    @Override
    public void configure() {
        from(PRESIGN)
                .routeId("files-presign")
                .routeProperty(GatedRoutes.PERMISSION, "FILES_UPLOAD")
                .bean(uploads, "presign");
    }
}
