package com.dentalai.hub.files.annotations;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/files/{id}/annotations}: overlays on a file. The tenant is the caller's own, or
 * {@code ?tenant=} for principals that reach several (the gate decides whether they may).
 */
@RestController
@RequestMapping(path = "/api/v1/files/{fileId}/annotations", produces = "application/json")
class FileAnnotationsController {

    private final GatedCalls calls;
    private final TenantDirectory tenants;

    FileAnnotationsController(GatedCalls calls, TenantDirectory tenants) {
        this.calls = calls;
        this.tenants = tenants;
    }

    @GetMapping
    List<Annotation> list(
            @AuthenticationPrincipal Principal principal,
            @PathVariable String fileId,
            @RequestParam(name = "tenant", required = false) String tenant) {
        AnnotationCommand command = new AnnotationCommand(fileId(fileId), null, null);
        return call(FileAnnotationsRoute.LIST, principal, tenant, command).annotations();
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Annotation> create(
            @AuthenticationPrincipal Principal principal,
            @PathVariable String fileId,
            @RequestParam(name = "tenant", required = false) String tenant,
            @RequestBody AnnotationRequest body) {
        validate(body, false);
        AnnotationCommand command = new AnnotationCommand(fileId(fileId), null, body);
        Annotation created =
                call(FileAnnotationsRoute.CREATE, principal, tenant, command).annotation();
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping(path = "/{annotationId}", consumes = "application/json")
    Annotation update(
            @AuthenticationPrincipal Principal principal,
            @PathVariable String fileId,
            @PathVariable String annotationId,
            @RequestParam(name = "tenant", required = false) String tenant,
            @RequestBody AnnotationRequest body) {
        validate(body, true);
        AnnotationCommand command = new AnnotationCommand(fileId(fileId), annotationId(annotationId), body);
        return call(FileAnnotationsRoute.UPDATE, principal, tenant, command).annotation();
    }

    @DeleteMapping(path = "/{annotationId}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal Principal principal,
            @PathVariable String fileId,
            @PathVariable String annotationId,
            @RequestParam(name = "tenant", required = false) String tenant) {
        AnnotationCommand command = new AnnotationCommand(fileId(fileId), annotationId(annotationId), null);
        call(FileAnnotationsRoute.DELETE, principal, tenant, command);
        return ResponseEntity.noContent().build();
    }

    private AnnotationAnswer call(String endpoint, Principal principal, String tenant, AnnotationCommand command) {
        String target = tenant == null || tenant.isBlank() ? principal.tenantId() : tenant;
        if (target == null) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "The request has invalid fields",
                    List.of(new Problems.FieldError("tenant", "is required for a principal without a tenant")));
        }
        tenants.require(target);
        AnnotationAnswer answer = calls.request(endpoint, principal, target, command, Map.of(), AnnotationAnswer.class);
        return switch (answer.status()) {
            case OK -> answer;
            case FILE_NOT_FOUND -> throw notFound("No such file");
            case ANNOTATION_NOT_FOUND -> throw notFound("No such annotation on this file");
            case VERSION_CONFLICT -> throw new ProblemException(
                    HttpStatus.CONFLICT,
                    "version-conflict",
                    "The annotation was changed since that version; read it again and retry");
        };
    }

    // checked before the route: a validation answer must never meet the retrying error policy
    private static void validate(AnnotationRequest body, boolean update) {
        List<Problems.FieldError> errors =
                body == null ? List.of(new Problems.FieldError("body", "is required")) : body.problems(update);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
        }
    }

    private static UUID fileId(String raw) {
        return uuid(raw, "No such file");
    }

    private static UUID annotationId(String raw) {
        return uuid(raw, "No such annotation on this file");
    }

    // an id that is not a UUID names nothing: the same 404 as an unknown one
    private static UUID uuid(String raw, String detail) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw notFound(detail);
        }
    }

    private static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail);
    }
}
