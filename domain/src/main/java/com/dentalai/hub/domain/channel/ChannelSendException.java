package com.dentalai.hub.domain.channel;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel refused or failed to take a message (or a media download). The {@link Kind} tells the
 * caller what to do: try again later, give up, or switch to a template. Messages carry the provider's
 * error code and title only — never the message text, the recipient or a token.
 */
public class ChannelSendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the caller should do about it. */
    public enum Kind {
        /** Rate limited, provider trouble or a network failure: the same request may succeed later. */
        RETRYABLE,
        /** The request itself is wrong (bad recipient, blocked bot, bad token): retrying cannot help. */
        PERMANENT,
        /** WhatsApp's 24-hour customer-service window is closed: only a template gets through. */
        WINDOW_CLOSED
    }

    private final Channel channel;
    private final Kind kind;
    private final Integer providerCode;
    private final Duration retryAfter;

    public ChannelSendException(Channel channel, Kind kind, Integer providerCode, Duration retryAfter, String message) {
        super(message);
        this.channel = Objects.requireNonNull(channel, "channel");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.providerCode = providerCode;
        this.retryAfter = retryAfter;
    }

    public Channel channel() {
        return channel;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRetryable() {
        return kind == Kind.RETRYABLE;
    }

    /** The provider's own error code (WhatsApp Graph {@code error.code}, Telegram {@code error_code}). */
    public Optional<Integer> providerCode() {
        return Optional.ofNullable(providerCode);
    }

    /** How long the provider asked us to wait, when it said so (Retry-After, {@code retry_after}). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
