package com.dentalai.hub.files;

import com.dentalai.hub.connectors.clamav.ScanResult;
import com.dentalai.hub.connectors.media.Derivatives;
import com.dentalai.hub.connectors.media.FileSniffer;
import com.dentalai.hub.connectors.media.MetadataStripper;
import com.dentalai.hub.connectors.media.PoisonFileException;
import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.connectors.storage.StorageException;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.files.FileType;
import com.dentalai.hub.domain.files.ObjectKeys;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.context.HubContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One created original, checked and derived: the bytes must be what was presigned (not empty,
 * the declared size, the declared type by magic number, clean when a scanner is configured); then
 * a thumbnail and a preview for images and PDFs and, for photos and x-rays, a de-identified copy
 * beside the original. A file that fails a check is REJECTED with the reason and goes no further.
 */
@Component
class FileProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(FileProcessor.class);
    private static final Set<String> DERIVABLE = Set.of("image/jpeg", "image/png", "application/pdf");
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");

    static final String THUMBNAIL = "thumbnail";
    static final String PREVIEW = "preview";
    static final String DEIDENTIFIED = "deidentified";

    private final FileRecords records;
    private final S3ObjectStore store;
    private final VirusScan scan;
    private final Derivatives derivatives;
    private final MetadataStripper stripper;
    private final FilesProperties props;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    FileProcessor(
            FileRecords records,
            S3ObjectStore store,
            VirusScan scan,
            Derivatives derivatives,
            MetadataStripper stripper,
            FilesProperties props,
            AuditTrail audit) {
        this.records = records;
        this.store = store;
        this.scan = scan;
        this.derivatives = derivatives;
        this.stripper = stripper;
        this.props = props;
        this.audit = audit;
    }

    public void process(Exchange exchange) {
        HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        String key = exchange.getMessage().getHeader(FileHeaders.KEY, String.class);
        exchange.getMessage().setHeader(FileHeaders.STORED, false);
        Optional<ObjectKeys.ParsedKey> parsed = ObjectKeys.parse(key);
        Optional<StoredFile> file = parsed.filter(p -> p.tenant().equals(context.tenantId()))
                .flatMap(p -> records.find(context.tenantId(), UUID.fromString(p.fileId())))
                .filter(f -> f.objectKey().equals(key));
        if (file.isEmpty()) {
            record(context, key, "file.rejected", AuditEvent.Outcome.DENIED, "no upload was presigned for this key");
            return;
        }
        StoredFile f = file.get();
        if (f.status() != StoredFile.Status.PENDING) {
            // another version of an already handled key (the URL was used twice): the first one counts
            LOG.info("File {} is {}, notification for another version ignored", f.id(), f.status());
            return;
        }
        Optional<String> reason = check(f);
        if (reason.isPresent()) {
            reject(context, f, reason.get());
            return;
        }
        exchange.getMessage().setHeader(FileHeaders.FILE_ID, f.id().toString());
        exchange.getMessage().setHeader(FileHeaders.STORED, true);
    }

    /** Reads, validates and derives; the rejection reason, or empty when the file is STORED. */
    private Optional<String> check(StoredFile f) {
        byte[] bytes;
        try {
            bytes = store.read(f.objectKey(), f.type().maxBytes());
        } catch (StorageException e) {
            if (e.isTransient()) {
                throw e;
            }
            return Optional.of("cannot be read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return Optional.of("file is empty");
        }
        if (bytes.length != f.size()) {
            return Optional.of("file has " + bytes.length + " bytes, " + f.size() + " were declared");
        }
        if (!FileSniffer.matches(f.contentType(), bytes)) {
            return Optional.of("content is " + FileSniffer.contentTypeOf(bytes).orElse("of an unknown type") + ", "
                    + f.contentType() + " was declared");
        }
        ScanResult verdict = scan.scan(bytes);
        if (!verdict.clean()) {
            return Optional.of("virus scanner found " + verdict.signature());
        }
        try {
            records.stored(f.tenant(), f.id(), derive(f, bytes));
        } catch (PoisonFileException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    private Map<String, String> derive(StoredFile f, byte[] bytes) {
        ObjectKeys.ParsedKey original = ObjectKeys.parse(f.objectKey()).orElseThrow();
        Map<String, String> keys = new LinkedHashMap<>();
        if (DERIVABLE.contains(f.contentType())) {
            keys.put(
                    THUMBNAIL,
                    write(
                            original,
                            "thumb-" + props.thumbnailSize() + ".jpg",
                            derivatives.thumbnail(bytes, f.contentType(), props.thumbnailSize()),
                            "image/jpeg"));
            keys.put(
                    PREVIEW,
                    write(
                            original,
                            "preview-" + props.previewSize() + ".jpg",
                            derivatives.thumbnail(bytes, f.contentType(), props.previewSize()),
                            "image/jpeg"));
        }
        if ((f.type() == FileType.PHOTO || f.type() == FileType.XRAY) && IMAGES.contains(f.contentType())) {
            boolean png = "image/png".equals(f.contentType());
            keys.put(
                    DEIDENTIFIED,
                    write(
                            original,
                            png ? "deidentified.png" : "deidentified.jpg",
                            stripper.strip(bytes, f.contentType()),
                            f.contentType()));
        }
        return keys;
    }

    private String write(ObjectKeys.ParsedKey original, String name, byte[] bytes, String contentType) {
        String key = ObjectKeys.derivative(original, name);
        store.write(key, bytes, contentType);
        return key;
    }

    private void reject(HubContext context, StoredFile f, String reason) {
        records.reject(f.tenant(), f.id(), reason);
        record(context, f.id().toString(), "file.rejected", AuditEvent.Outcome.FAILURE, reason);
    }

    private void record(HubContext context, String objectId, String verb, AuditEvent.Outcome outcome, String reason) {
        LOG.warn("File {} in {}: {}", objectId.contains("/") ? "(unknown key)" : objectId, context.tenantId(), reason);
        audit.record(new AuditEvent(
                clock.instant(),
                context.tenantId(),
                context.principal().id(),
                verb,
                "file",
                objectId,
                outcome,
                null,
                context.correlationId(),
                Map.of("reason", reason)));
    }
}
