package com.dentalai.hub.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffNoticeTest {

    @Test
    void theEventKeyIsKindUserAndRecordOnlySoABurstOnOneRecordIsOneNotice() {
        StaffNotice first = new StaffNotice(
                "smile-tlv", StaffNoticeKind.MENTION, 7, " dr@clinic.example ", "patient.patient", 12, "m:1:7", "hi");
        StaffNotice second =
                new StaffNotice("smile-tlv", StaffNoticeKind.MENTION, 7, null, "patient.patient", 12, "m:2:7", null);
        assertThat(first.eventKey()).isEqualTo("mention:7:patient.patient:12").isEqualTo(second.eventKey());
        assertThat(first.email()).isEqualTo("dr@clinic.example");
        assertThat(second.email()).isNull();
        assertThat(first.withoutExcerpt().excerpt()).isNull();
        assertThat(first.withoutExcerpt().sourceKey()).isEqualTo("m:1:7");
        assertThat(new StaffNotice("t", StaffNoticeKind.ASSIGNMENT, 7, " ", "mail.activity", 3, "a", null).email())
                .isNull();
    }

    @Test
    void subjectsCarryNoRecordDetails() {
        assertThat(StaffNoticeKind.MENTION.subject()).isEqualTo("You were mentioned on a patient record");
        assertThat(StaffNoticeKind.ASSIGNMENT.subject()).doesNotContainPattern("\\d");
    }

    @Test
    void aFixedWindowOpensAgainOnlyAfterItsLength() {
        DedupeWindow window = new DedupeWindow(Duration.ofSeconds(60));
        Instant start = Instant.parse("2030-01-01T10:00:00Z");
        assertThat(window.opensNewWindow(null, start)).isTrue();
        assertThat(window.opensNewWindow(start, start.plusSeconds(59))).isFalse();
        assertThat(window.opensNewWindow(start, start.plusSeconds(60))).isTrue();
        assertThat(window.expiredAtOrBefore(start)).isEqualTo(start.minusSeconds(60));
        assertThatThrownBy(() -> new DedupeWindow(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
