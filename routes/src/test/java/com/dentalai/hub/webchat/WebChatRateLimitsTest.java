package com.dentalai.hub.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebChatRateLimitsTest {

    private static final Clock AT_20S = Clock.fixed(Instant.parse("2026-01-01T10:00:20Z"), ZoneOffset.UTC);

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:50Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aSessionOverItsLimitWaitsUntilAMinuteAfterItsFirstRequest() {
        MovingClock clock = new MovingClock();
        WebChatRateLimits limits = new WebChatRateLimits(2, 100, clock);

        assertThat(limits.acquire("t", "s1", "10.0.0.1")).isZero();
        clock.advance(Duration.ofSeconds(20)); // crosses the clock's minute: still the same window
        assertThat(limits.acquire("t", "s1", "10.0.0.1")).isZero();
        assertThat(limits.acquire("t", "s1", "10.0.0.1")).isEqualTo(40);
        clock.advance(Duration.ofSeconds(40));
        assertThat(limits.acquire("t", "s1", "10.0.0.1")).as("a new window").isZero();
        assertThat(limits.acquire("t", "s2", "10.0.0.1")).as("another session").isZero();
        assertThat(limits.acquire("other", "s1", "10.0.0.1"))
                .as("another tenant")
                .isZero();
    }

    @Test
    void newSessionIdsDoNotLiftTheAddressLimit() {
        WebChatRateLimits limits = new WebChatRateLimits(100, 3, AT_20S);

        for (int i = 0; i < 3; i++) {
            assertThat(limits.acquire("t", "s" + i, "10.0.0.2")).isZero();
        }
        assertThat(limits.acquire("t", "fresh", "10.0.0.2")).isPositive();
        assertThat(limits.acquire("t", "fresh", "10.0.0.3")).isZero();
    }
}
