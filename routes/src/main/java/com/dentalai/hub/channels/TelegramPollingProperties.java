package com.dentalai.hub.channels;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Long polling for tenants whose tenants-file entry says {@code channels.telegram.mode: polling}.
 *
 * @param enabled false = no polling routes at all, whatever the tenants file says
 * @param timeout how long one getUpdates call may wait for an update (Telegram's long-poll
 *     {@code timeout}; whole seconds, at most 50)
 * @param delay pause between the end of one poll and the next
 */
@Validated
@ConfigurationProperties("hub.channels.telegram.polling")
public record TelegramPollingProperties(boolean enabled, @NotNull Duration timeout, @NotNull Duration delay) {

    public TelegramPollingProperties {
        if (timeout != null && (timeout.isNegative() || timeout.toSeconds() > 50)) {
            throw new IllegalArgumentException("hub.channels.telegram.polling.timeout must be 0..50s");
        }
    }
}
