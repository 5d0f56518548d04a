package com.dentalai.hub.files.annotations;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.domain.security.PermissionPolicy;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.AccessDeniedException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The work behind the annotation routes. The gate has checked the permission for the tenant; here
 * the file decides the rest: it must be visible (RLS) and, for a PATIENT, be its own.
 */
@Component
class FileAnnotations {

    private final AnnotationRecords records;
    private final PermissionPolicy policy;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    FileAnnotations(AnnotationRecords records, PermissionPolicy policy, AuditTrail audit) {
        this.records = records;
        this.policy = policy;
        this.audit = audit;
    }

    AnnotationAnswer list(Exchange exchange) {
        HubContext context = context(exchange);
        AnnotationCommand command = command(exchange);
        if (!fileVisible(context, command, Permission.FILES_READ, "file-annotations-list")) {
            return AnnotationAnswer.of(AnnotationAnswer.Status.FILE_NOT_FOUND);
        }
        return AnnotationAnswer.of(records.list(context.tenantId(), command.fileId()));
    }

    AnnotationAnswer create(Exchange exchange) {
        HubContext context = context(exchange);
        AnnotationCommand command = command(exchange);
        if (!fileVisible(context, command, Permission.FILES_UPLOAD, "file-annotations-create")) {
            return AnnotationAnswer.of(AnnotationAnswer.Status.FILE_NOT_FOUND);
        }
        Annotation created = records.insert(
                context.tenantId(),
                command.fileId(),
                command.request(),
                context.principal().id());
        audit(context, "file.annotation.create", created);
        return AnnotationAnswer.of(created);
    }

    AnnotationAnswer update(Exchange exchange) {
        HubContext context = context(exchange);
        AnnotationCommand command = command(exchange);
        if (!fileVisible(context, command, Permission.FILES_UPLOAD, "file-annotations-update")) {
            return AnnotationAnswer.of(AnnotationAnswer.Status.FILE_NOT_FOUND);
        }
        AnnotationAnswer answer =
                records.update(context.tenantId(), command.fileId(), command.annotationId(), command.request());
        if (answer.status() == AnnotationAnswer.Status.OK) {
            audit(context, "file.annotation.update", answer.annotation());
        }
        return answer;
    }

    AnnotationAnswer delete(Exchange exchange) {
        HubContext context = context(exchange);
        AnnotationCommand command = command(exchange);
        if (!fileVisible(context, command, Permission.FILES_UPLOAD, "file-annotations-delete")) {
            return AnnotationAnswer.of(AnnotationAnswer.Status.FILE_NOT_FOUND);
        }
        if (!records.delete(context.tenantId(), command.fileId(), command.annotationId())) {
            return AnnotationAnswer.of(AnnotationAnswer.Status.ANNOTATION_NOT_FOUND);
        }
        audit.record(event(
                context,
                "file.annotation.delete",
                command.annotationId().toString(),
                Map.of("file_id", command.fileId().toString())));
        return AnnotationAnswer.of(AnnotationAnswer.Status.OK);
    }

    private boolean fileVisible(HubContext context, AnnotationCommand command, Permission needed, String routeId) {
        Optional<String> owner = records.filePatient(context.tenantId(), command.fileId());
        if (owner.isEmpty()) {
            return false;
        }
        // a PATIENT passes the gate for its tenant; the file's owner decides whether it is its own
        var decision = policy.decideOnRecord(context.principal(), needed, context.tenantId(), owner.get());
        if (!decision.allowed()) {
            throw new AccessDeniedException(routeId, needed.name(), decision.reason());
        }
        return true;
    }

    private void audit(HubContext context, String verb, Annotation annotation) {
        // kind and ids only: the text may name the patient or a finding
        audit.record(event(
                context,
                verb,
                annotation.id().toString(),
                Map.of(
                        "file_id", annotation.fileId().toString(),
                        "kind", annotation.kind(),
                        "version", Integer.toString(annotation.version()))));
    }

    private AuditEvent event(HubContext context, String verb, String objectId, Map<String, String> extra) {
        return new AuditEvent(
                clock.instant(),
                context.tenantId(),
                context.principal().id(),
                verb,
                "file_annotation",
                objectId,
                AuditEvent.Outcome.SUCCESS,
                null,
                context.correlationId(),
                extra);
    }

    private static HubContext context(Exchange exchange) {
        return exchange.getProperty(HubContext.PROPERTY, HubContext.class);
    }

    private static AnnotationCommand command(Exchange exchange) {
        return exchange.getMessage().getBody(AnnotationCommand.class);
    }
}
