package com.dentalai.hub.files;

import com.dentalai.hub.connectors.storage.ObjectCreated;
import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.files.ObjectKeys;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides what happens to one created object: queue it (an original in a known tenant's prefix of
 * our bucket), ignore it (our own derivatives, written beside the original, notify too) or reject
 * it (anything else: recorded in the audit trail, never read).
 */
@Component
class S3Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(S3Notifications.class);

    sealed interface Verdict permits Queue, Ignore, Reject {}

    record Queue(String tenant) implements Verdict {}

    record Ignore() implements Verdict {}

    record Reject(String reason) implements Verdict {}

    private final S3ObjectStore store;
    private final TenantDirectory tenants;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    S3Notifications(S3ObjectStore store, TenantDirectory tenants, AuditTrail audit) {
        this.store = store;
        this.tenants = tenants;
        this.audit = audit;
    }

    Verdict classify(ObjectCreated created) {
        if (!store.bucket().equals(created.bucket())) {
            return reject(null, created, "bucket is not the hub's");
        }
        Optional<ObjectKeys.ParsedKey> parsed = ObjectKeys.parse(created.key());
        if (parsed.isEmpty()) {
            return reject(null, created, "key is outside the hub's layout");
        }
        String tenant = parsed.get().tenant();
        if (tenants.find(tenant).isEmpty()) {
            return reject(null, created, "key is under an unknown tenant's prefix");
        }
        if (!parsed.get().isOriginal()) {
            return new Ignore();
        }
        return new Queue(tenant);
    }

    private Reject reject(String tenant, ObjectCreated created, String reason) {
        // the key may carry a patient ref: it indexes PHI, so it stays out of the log line
        LOG.warn("S3 notification rejected: {} (bucket {})", reason, created.bucket());
        audit.record(new AuditEvent(
                clock.instant(),
                tenant,
                "system:" + S3WebhookController.SYSTEM_PRINCIPAL,
                "file.notification-rejected",
                "s3-object",
                created.versionKey(),
                AuditEvent.Outcome.DENIED,
                null,
                null,
                Map.of("reason", reason)));
        return new Reject(reason);
    }
}
