package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.context.HubContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Audits reads of PHI ({@code verb=phi.read}) at {@code hub.audit.phi-read-sample-rate}. Tool
 * routes call it for every read; whether a read is recorded depends only on its correlation id
 * (a SHA-256 bucket), so one conversation is audited completely or not at all, and tests can
 * predict the outcome. Writes and denials are never sampled: they go to {@link AuditTrail}.
 */
@Component
public class PhiReadAudit {

    public static final String VERB = "phi.read";

    private static final double BUCKETS = 1L << 53;

    private final AuditTrail trail;
    private final double rate;
    private final Clock clock = Clock.systemUTC();

    PhiReadAudit(AuditTrail trail, AuditProperties props) {
        this.trail = trail;
        this.rate = props.phiReadSampleRate();
    }

    /**
     * Records that {@code context}'s principal read {@code objectType}/{@code objectId} (ids and
     * refs only, never the PHI itself), if the correlation id falls in the sample.
     *
     * @return whether the read was recorded
     */
    public boolean read(HubContext context, String objectType, String objectId, Map<String, String> extra) {
        if (!sampled(context.correlationId())) {
            return false;
        }
        trail.record(new AuditEvent(
                clock.instant(),
                context.tenantId(),
                context.principal().id(),
                VERB,
                objectType,
                objectId,
                AuditEvent.Outcome.SUCCESS,
                null,
                context.correlationId(),
                extra));
        return true;
    }

    /** Whether reads under {@code correlationId} are in the sample: its hash bucket in [0,1) below the rate. */
    public boolean sampled(String correlationId) {
        if (rate >= 1.0) {
            return true;
        }
        if (rate <= 0.0) {
            return false;
        }
        return bucket(correlationId) < rate;
    }

    static double bucket(String correlationId) {
        byte[] digest = sha256().digest(correlationId.getBytes(StandardCharsets.UTF_8));
        long top53 = ByteBuffer.wrap(digest).getLong() >>> 11;
        return top53 / BUCKETS;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
