package com.dentalai.hub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditExportQueryTest {

    @Test
    void datesAreWholeUtcDays() {
        AuditExportQuery q = AuditExportQuery.parse("2026-03-01", "2026-03-31", null);
        assertThat(q.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(q.verbs()).isEmpty();
        assertThat(q.verbList()).isEmpty();
    }

    @Test
    void instantsWithZoneOrOffsetAreAccepted() {
        AuditExportQuery q = AuditExportQuery.parse("2026-03-01T08:00:00Z", "2026-03-01T12:00:00+02:00", "a.b, c");
        assertThat(q.from()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(q.verbList()).isEqualTo("a.b,c");
    }

    @Test
    void absentBoundsMeanEverything() {
        AuditExportQuery q = AuditExportQuery.parse(null, " ", "");
        assertThat(q.from()).isEqualTo(Instant.EPOCH);
        assertThat(q.to()).isAfter(Instant.parse("9000-01-01T00:00:00Z"));
    }

    @Test
    void everyBadParameterIsReported() {
        assertThatThrownBy(() -> AuditExportQuery.parse("yesterday", "2026-13-01", "ok,DROP TABLE"))
                .isInstanceOfSatisfying(AuditExportQuery.Invalid.class, e -> assertThat(e.problems())
                        .extracting(AuditExportQuery.FieldProblem::field)
                        .containsExactly("from", "to", "verbs"));
    }

    @Test
    void fromMustBeBeforeTo() {
        assertThatThrownBy(() -> AuditExportQuery.parse("2026-03-02", "2026-03-01", null))
                .isInstanceOfSatisfying(AuditExportQuery.Invalid.class, e -> assertThat(e.problems())
                        .extracting(AuditExportQuery.FieldProblem::field)
                        .containsExactly("to"));
    }

    @Test
    void emptyVerbInTheListIsRejected() {
        assertThatThrownBy(() -> AuditExportQuery.parse(null, null, "a,,b"))
                .isInstanceOf(AuditExportQuery.Invalid.class);
    }
}
