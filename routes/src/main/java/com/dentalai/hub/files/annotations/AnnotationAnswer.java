package com.dentalai.hub.files.annotations;

import java.util.List;

/**
 * What a route answers. Not-found and conflict are answers, not exceptions: thrown from a route
 * they would meet the central error policy, which retries and dead-letters — wrong for a 404/409.
 */
record AnnotationAnswer(Status status, Annotation annotation, List<Annotation> annotations) {

    enum Status {
        OK,
        FILE_NOT_FOUND,
        ANNOTATION_NOT_FOUND,
        VERSION_CONFLICT
    }

    static AnnotationAnswer of(Status status) {
        return new AnnotationAnswer(status, null, List.of());
    }

    static AnnotationAnswer of(Annotation annotation) {
        return new AnnotationAnswer(Status.OK, annotation, List.of());
    }

    static AnnotationAnswer of(List<Annotation> annotations) {
        return new AnnotationAnswer(Status.OK, null, List.copyOf(annotations));
    }
}
