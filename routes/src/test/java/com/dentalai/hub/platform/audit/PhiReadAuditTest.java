package com.dentalai.hub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.context.HubContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PhiReadAuditTest {

    private final List<AuditEvent> recorded = new ArrayList<>();

    @Test
    void fullRateRecordsEveryRead() {
        PhiReadAudit audit = audit(1.0);
        assertThat(audit.read(context("c-1"), "patient", "p-7", Map.of())).isTrue();
        assertThat(recorded).singleElement().satisfies(e -> {
            assertThat(e.verb()).isEqualTo(PhiReadAudit.VERB);
            assertThat(e.tenant()).isEqualTo("smile-tlv");
            assertThat(e.actor()).isEqualTo("u-1");
            assertThat(e.objectId()).isEqualTo("p-7");
            assertThat(e.correlationId()).isEqualTo("c-1");
        });
    }

    @Test
    void zeroRateRecordsNothing() {
        PhiReadAudit audit = audit(0.0);
        assertThat(audit.read(context("c-1"), "patient", "p-7", Map.of())).isFalse();
        assertThat(recorded).isEmpty();
    }

    @Test
    void samplingIsDecidedByTheCorrelationIdAlone() {
        PhiReadAudit audit = audit(0.25);
        List<String> ids = IntStream.range(0, 2000).mapToObj(i -> "corr-" + i).toList();

        long sampled = ids.stream().filter(audit::sampled).count();
        assertThat(sampled).isBetween(400L, 600L);
        // the same id always gets the same answer: a conversation is audited wholly or not at all
        ids.forEach(id -> assertThat(audit.sampled(id)).isEqualTo(audit.sampled(id)));
        assertThat(ids.stream().filter(id -> PhiReadAudit.bucket(id) < 0.25).count())
                .isEqualTo(sampled);
    }

    private PhiReadAudit audit(double rate) {
        AuditProperties props = new AuditProperties("q", 10, Duration.ofMillis(10), Duration.ofMillis(10), 10, rate);
        return new PhiReadAudit(recorded::add, props);
    }

    private static HubContext context(String correlation) {
        return new HubContext(
                "smile-tlv", new Principal("u-1", "dana", "smile-tlv", Set.of(Role.SYSTEM)), "whatsapp", correlation);
    }
}
