package com.dentalai.hub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventsTest {

    @Test
    void normalizingTruncatesToMicrosStripsNulAndFilesTenantlessEventsUnderPlatform() {
        AuditEvent raw = new AuditEvent(
                Instant.parse("2026-03-01T09:00:00.123456789Z"),
                null,
                "a\0b",
                "v",
                null,
                null,
                AuditEvent.Outcome.SUCCESS,
                null,
                null,
                Map.of("k\0", "v\0"));

        AuditEvent n = AuditEvents.normalize(raw);

        assertThat(n.ts()).isEqualTo(Instant.parse("2026-03-01T09:00:00.123456Z"));
        assertThat(n.tenant()).isEqualTo(AuditEvents.PLATFORM_TENANT);
        assertThat(n.actor()).isEqualTo("ab");
        assertThat(n.extra()).containsEntry("k", "v");
    }

    @Test
    void blankTenantIsAPlatformEventToo() {
        AuditEvent raw = new AuditEvent(
                Instant.EPOCH, " ", "a", "v", null, null, AuditEvent.Outcome.DENIED, null, null, Map.of());
        assertThat(AuditEvents.normalize(raw).tenant()).isEqualTo(AuditEvents.PLATFORM_TENANT);
    }
}
