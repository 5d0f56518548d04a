package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** How an event is stored: the form that is hashed, written, read back and verified. */
public final class AuditEvents {

    /**
     * Tenant id of platform-level events (no tenant: bootstrap, tenant management, failed logins
     * before a tenant is known). Real tenant ids match {@code [a-z0-9-]+}, so it cannot clash.
     */
    public static final String PLATFORM_TENANT = "_platform";

    private AuditEvents() {}

    /**
     * PostgreSQL keeps microseconds and rejects NUL characters in text; an event is brought into
     * that form before it is hashed, so the stored row hashes exactly as it was written.
     */
    static AuditEvent normalize(AuditEvent e) {
        Map<String, String> extra = new LinkedHashMap<>();
        e.extra().forEach((k, v) -> extra.put(clean(k), clean(v)));
        return new AuditEvent(
                e.ts().truncatedTo(ChronoUnit.MICROS),
                e.tenant() == null || e.tenant().isBlank() ? PLATFORM_TENANT : clean(e.tenant()),
                clean(e.actor()),
                clean(e.verb()),
                clean(e.objectType()),
                clean(e.objectId()),
                e.outcome(),
                clean(e.ip()),
                clean(e.correlationId()),
                extra);
    }

    private static String clean(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }
}
