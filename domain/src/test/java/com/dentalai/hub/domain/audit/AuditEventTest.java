package com.dentalai.hub.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void extraIsAnImmutableCopyAndNeverNull() {
        Map<String, String> extra = new HashMap<>(Map.of("route", "login"));
        AuditEvent event = new AuditEvent(
                Instant.EPOCH, "t", "u", "login", "user", "1", AuditEvent.Outcome.SUCCESS, null, "c", extra);
        extra.put("route", "changed");

        assertThat(event.extra()).containsEntry("route", "login");
        assertThat(new AuditEvent(Instant.EPOCH, "t", "u", "v", null, null, AuditEvent.Outcome.DENIED, null, "c", null)
                        .extra())
                .isEmpty();
    }

    @Test
    void actorAndVerbAreRequired() {
        assertThatThrownBy(() -> new AuditEvent(
                        Instant.EPOCH, "t", null, "v", null, null, AuditEvent.Outcome.FAILURE, null, "c", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
    }
}
