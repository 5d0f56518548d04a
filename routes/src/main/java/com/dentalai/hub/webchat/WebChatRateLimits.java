package com.dentalai.hub.webchat;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Requests per tenant and session, and per tenant and client address, in fixed one-minute windows.
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

    private record Window(long minute, int count) {}

    /**
     * Counts one request and answers how many seconds the caller must wait, 0 when it may go on. A
     * refused request counts too: hammering does not shorten the wait.
     */
    long acquire(String tenant, String session, String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        int bySession = session == null ? 0 : count("s|" + tenant + "|" + session, minute);
        int byAddress = count("a|" + tenant + "|" + address, minute);
        if (bySession > perSession || byAddress > perAddress) {
            return Math.max(1, 60 - (clock.millis() / 1000) % 60);
        }
        return 0;
    }

    private int count(String key, long minute) {
        return windows.compute(
                        key,
                        (k, w) -> w == null || w.minute() != minute
                                ? new Window(minute, 1)
                                : new Window(minute, w.count() + 1))
                .count();
    }
}
