package com.dentalai.hub.files.annotations;

import java.util.UUID;

/** What the controller hands the routes: the file, the annotation (update/delete) and the body (create/update). */
record AnnotationCommand(UUID fileId, UUID annotationId, AnnotationRequest request) {}
