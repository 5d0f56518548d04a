package com.dentalai.hub.platform.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address per minute, so one address cannot try passwords across many
 * accounts (the per-account lockout only stops guessing one account). In memory per instance:
 * a cheap first line, not a distributed limiter.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(SecurityProperties props) {
        this(props.throttle().failuresPerMinute(), Clock.systemUTC());
    }

    LoginThrottle(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    private record Window(long minute, AtomicInteger failures) {}

    /** Seconds until the address may try again, or 0 when it may try now. */
    long retryAfterSeconds(String address) {
        Window w = windows.get(address);
        long minute = minute();
        if (w == null || w.minute() != minute || w.failures().get() < perMinute) {
            return 0;
        }
        return 60 - (clock.millis() / 1000) % 60;
    }

    void failed(String address) {
        long minute = minute();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        windows.compute(
                address,
                (k, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger(1)) : increment(w));
    }

    private static Window increment(Window w) {
        w.failures().incrementAndGet();
        return w;
    }

    private long minute() {
        return clock.millis() / 60_000;
    }
}
