package com.dentalai.hub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainHasherTest {

    private static final Instant TS = Instant.parse("2026-03-01T09:00:00.123456Z");

    @Test
    void hashIsStableHexSha256() {
        String h = AuditChainHasher.hash(AuditChainHasher.GENESIS, event("a", "b", Map.of("k", "v")));
        assertThat(h).hasSize(64).matches("[0-9a-f]+");
        assertThat(AuditChainHasher.hash(AuditChainHasher.GENESIS, event("a", "b", Map.of("k", "v"))))
                .isEqualTo(h);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(AuditChainHasher.canonical(event("ab", "c", Map.of())))
                .isNotEqualTo(AuditChainHasher.canonical(event("a", "bc", Map.of())));
        assertThat(AuditChainHasher.canonical(event(null, "x", Map.of())))
                .isNotEqualTo(AuditChainHasher.canonical(event("", "x", Map.of())));
    }

    @Test
    void extraOrderDoesNotMatterButContentDoes() {
        Map<String, String> one = new java.util.LinkedHashMap<>();
        one.put("a", "1");
        one.put("b", "2");
        Map<String, String> two = new java.util.LinkedHashMap<>();
        two.put("b", "2");
        two.put("a", "1");
        assertThat(AuditChainHasher.canonical(event("o", "i", one)))
                .isEqualTo(AuditChainHasher.canonical(event("o", "i", two)));
        assertThat(AuditChainHasher.canonical(event("o", "i", Map.of("a", "1"))))
                .isNotEqualTo(AuditChainHasher.canonical(event("o", "i", Map.of("a", "2"))));
    }

    @Test
    void previousHashIsPartOfTheHash() {
        AuditEvent e = event("o", "i", Map.of());
        assertThat(AuditChainHasher.hash(AuditChainHasher.GENESIS, e))
                .isNotEqualTo(AuditChainHasher.hash("f".repeat(64), e));
    }

    @Test
    void normalizingTruncatesToMicrosAndFilesTenantlessEventsUnderPlatform() {
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
        assertThat(n.ts()).isEqualTo(TS);
        assertThat(n.tenant()).isEqualTo(AuditEvents.PLATFORM_TENANT);
        assertThat(n.actor()).isEqualTo("ab");
        assertThat(n.extra()).containsEntry("k", "v");
    }

    private static AuditEvent event(String objectType, String objectId, Map<String, String> extra) {
        return new AuditEvent(
                TS,
                "smile-tlv",
                "u-1",
                "appointment.book",
                objectType,
                objectId,
                AuditEvent.Outcome.SUCCESS,
                "10.0.0.1",
                "c-1",
                extra);
    }
}
