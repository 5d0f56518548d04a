package com.dentalai.hub.reminders.changefeed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Odoo change feed: how often each tenant's appointments are polled and where the {@code
 * AppointmentChanged} events go.
 *
 * @param enabled false = no change-feed routes at all
 * @param interval pause between two polls of one tenant's Odoo
 * @param destination Artemis queue the events are sent to
 * @param kafkaTopic when set, events go to this Kafka topic instead of Artemis
 * @param batch most changed appointments read per poll
 * @param autoStartup false = the routes exist but poll only once started (tests start them when
 *     they need them, so background polls never race other tests' Odoo call counts)
 */
@Validated
@ConfigurationProperties("hub.changefeed")
public record ChangeFeedProperties(
        boolean enabled,
        @NotNull Duration interval,
        @NotBlank String destination,
        String kafkaTopic,
        @Min(1) @Max(1000) int batch,
        boolean autoStartup) {

    /** The Camel endpoint the events are sent to. */
    String endpointUri() {
        return kafkaTopic == null || kafkaTopic.isBlank() ? "jms:queue:" + destination : "kafka:" + kafkaTopic;
    }
}
