package com.dentalai.hub.files.annotations;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Annotation CRUD behind the gate: reading needs FILES_READ, drawing FILES_UPLOAD. */
@Component
class FileAnnotationsRoute extends RouteBuilder {

    static final String LIST = "direct:file-annotations-list";
    static final String CREATE = "direct:file-annotations-create";
    static final String UPDATE = "direct:file-annotations-update";
    static final String DELETE = "direct:file-annotations-delete";

    private final FileAnnotations annotations;

    FileAnnotationsRoute(FileAnnotations annotations) {
        this.annotations = annotations;
    }

    @Override
    public void configure() {
        from(LIST)
                .routeId("file-annotations-list")
                .routeProperty(GatedRoutes.PERMISSION, "FILES_READ")
                .bean(annotations, "list");
        from(CREATE)
                .routeId("file-annotations-create")
                .routeProperty(GatedRoutes.PERMISSION, "FILES_UPLOAD")
                .bean(annotations, "create");
        from(UPDATE)
                .routeId("file-annotations-update")
                .routeProperty(GatedRoutes.PERMISSION, "FILES_UPLOAD")
                .bean(annotations, "update");
        from(DELETE)
                .routeId("file-annotations-delete")
                .routeProperty(GatedRoutes.PERMISSION, "FILES_UPLOAD")
                .bean(annotations, "delete");
    }
}
