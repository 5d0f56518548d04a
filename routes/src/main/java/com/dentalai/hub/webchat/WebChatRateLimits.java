package com.dentalai.hub.webchat;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Requests per tenant and session, and per tenant and client address, in one-minute windows that
 * start at a key's first request (not at the clock's minute, so a burst cannot straddle a boundary
 * and get twice the limit).
 * The chat is public, so this keeps one browser (or one script minting session ids) from turning
 * the clinic's Odoo and WhatsApp templates into its own. In memory per instance: with N instances a
 * client gets at most N times the limit, which is still a limit.
 */
@Component
class WebChatRateLimits {

    private static final int MAX_TRACKED = 100_000;

    private final int perSession;
    private final int perAddress;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    WebChatRateLimits(WebChatProperties props) {
        this(props.requestsPerMinute(), props.addressRequestsPerMinute(), Clock.systemUTC());
    }

    WebChatRateLimits(int perSession, int perAddress, Clock clock) {
        this.perSession = perSession;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    private static final long WINDOW_MILLIS = 60_000;

    private record Window(long start, int count) {
        boolean over(long now) {
            return now - start >= WINDOW_MILLIS;
        }
    }

    /**
     * Counts one request and answers how many seconds the caller must wait, 0 when it may go on. A
     * refused request counts too: hammering does not shorten the wait.
     */
    long acquire(String tenant, String session, String address) {
        long now = clock.millis();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.over(now));
        }
        Window bySession = session == null ? null : count("s|" + tenant + "|" + session, now);
        Window byAddress = count("a|" + tenant + "|" + address, now);
        long wait = 0;
        if (bySession != null && bySession.count() > perSession) {
            wait = waitFor(bySession, now);
        }
        if (byAddress.count() > perAddress) {
            wait = Math.max(wait, waitFor(byAddress, now));
        }
        return wait;
    }

    private static long waitFor(Window window, long now) {
        return Math.max(1, (window.start() + WINDOW_MILLIS - now + 999) / 1000);
    }

    private Window count(String key, long now) {
        return windows.compute(
                key, (k, w) -> w == null || w.over(now) ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }
}
