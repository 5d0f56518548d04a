package com.dentalai.hub.files;

import com.dentalai.hub.connectors.storage.PresignedUpload;
import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.files.ObjectKeys;
import com.dentalai.hub.domain.files.UploadRequest;
import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.domain.security.PermissionPolicy;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.AccessDeniedException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Issues an upload URL: files the row PENDING first, so a notification for the key always finds
 * what was declared (type, content type, size) to check the bytes against.
 */
@Component
class FileUploads {

    private final FileRecords records;
    private final S3ObjectStore store;
    private final PermissionPolicy policy;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    FileUploads(FileRecords records, S3ObjectStore store, PermissionPolicy policy, AuditTrail audit) {
        this.records = records;
        this.store = store;
        this.policy = policy;
        this.audit = audit;
    }

    /** Body: a valid {@link UploadRequest} (checked by the controller); answers a {@link PresignResponse}. */
    PresignResponse presign(Exchange exchange) {
        HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        UploadRequest request = exchange.getMessage().getBody(UploadRequest.class);
        // a PATIENT may upload only for itself: the door let it in, the record decides
        var decision = policy.decideOnRecord(
                context.principal(), Permission.FILES_UPLOAD, context.tenantId(), request.patientRef());
        if (!decision.allowed()) {
            throw new AccessDeniedException("files-presign", Permission.FILES_UPLOAD.name(), decision.reason());
        }
        UUID id = UUID.randomUUID();
        String key = ObjectKeys.original(context.tenantId(), request.patientRef(), id.toString());
        records.insert(
                new StoredFile(
                        id,
                        context.tenantId(),
                        request.patientRef(),
                        request.appointmentRef(),
                        request.type(),
                        request.contentType().toLowerCase(java.util.Locale.ROOT),
                        request.size(),
                        key,
                        StoredFile.Status.PENDING,
                        null,
                        Map.of(),
                        null),
                context.principal().id());
        PresignedUpload upload = store.presignPut(key, request.contentType(), request.size());
        audit.record(new AuditEvent(
                clock.instant(),
                context.tenantId(),
                context.principal().id(),
                "file.presign",
                "file",
                id.toString(),
                AuditEvent.Outcome.SUCCESS,
                null,
                context.correlationId(),
                Map.of("file_type", request.type().wireName())));
        return new PresignResponse(id.toString(), upload.url(), upload.method(), upload.headers(), upload.expiresAt());
    }
}
