package com.dentalai.hub.files;

import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.clinic.ClinicRecordsException;
import com.dentalai.hub.domain.clinic.FileRef;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.odoo.TenantRecords;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.context.HubContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers a STORED file in the tenant's Odoo through its mapping ({@code ClinicRecords.attachFile}:
 * an {@code ir.attachment} on the patient, or the mapping's appointment attachment). Odoo gets
 * the thumbnail, never the original: clinical originals (up to 1 GiB for a CBCT) stay in S3, and
 * a file without a thumbnail is registered as a link to its object.
 */
@Component
class FileRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(FileRegistrar.class);

    private final FileRecords records;
    private final S3ObjectStore store;
    private final TenantRecords clinics;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    FileRegistrar(FileRecords records, S3ObjectStore store, TenantRecords clinics, AuditTrail audit) {
        this.records = records;
        this.store = store;
        this.clinics = clinics;
        this.audit = audit;
    }

    public void register(Exchange exchange) {
        HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        UUID id = UUID.fromString(exchange.getMessage().getHeader(FileHeaders.FILE_ID, String.class));
        StoredFile file = records.find(context.tenantId(), id).orElse(null);
        if (file == null || file.status() != StoredFile.Status.STORED) {
            LOG.info("File {} is {}: nothing to register", id, file == null ? "unknown" : file.status());
            return;
        }
        RecordRef target = file.appointmentRef() != null
                ? RecordRef.ofAppointment(file.appointmentRef())
                : RecordRef.of(new PatientRef(file.patientRef()));
        FileRef ref;
        try {
            ref = attach(file, target);
        } catch (ClinicRecordsException e) {
            if (e.reason() != ClinicRecordsException.Reason.UNAVAILABLE) {
                throw e;
            }
            throw new RegistrationDeferredException(
                    "Odoo unreachable registering file " + file.id() + ": " + e.getMessage());
        }
        records.registered(file.tenant(), file.id(), ref.ref());
        audit.record(new AuditEvent(
                clock.instant(),
                file.tenant(),
                context.principal().id(),
                "file.registered",
                "file",
                file.id().toString(),
                AuditEvent.Outcome.SUCCESS,
                null,
                context.correlationId(),
                Map.of("odoo_ref", ref.ref(), "file_type", file.type().wireName())));
    }

    private FileRef attach(StoredFile file, RecordRef target) {
        String thumbnail = file.derivatives().get(FileProcessor.THUMBNAIL);
        String name = file.type().wireName() + "-" + file.id();
        return thumbnail != null
                ? clinics.forTenant(file.tenant())
                        .attachFile(
                                target, name + "-thumbnail.jpg", "image/jpeg", store.read(thumbnail, 16L * 1024 * 1024))
                : clinics.forTenant(file.tenant())
                        .attachFile(
                                target,
                                name + ".uri",
                                "text/uri-list",
                                ("s3://" + store.bucket() + "/" + file.objectKey() + "\r\n")
                                        .getBytes(StandardCharsets.US_ASCII));
    }
}
