package com.dentalai.hub.channels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Channel settings shared by every tenant (each tenant's numbers and secret NAMES are in the tenants
 * file).
 *
 * @param inboundUri the work queue every inbound patient message goes through (ordered per
 *     conversation by message group)
 * @param whatsapp the Graph API: base URL (a loopback stand-in in tests) and version
 * @param telegram the Bot API base URL
 * @param webchat web chat limits
 */
@Validated
@ConfigurationProperties("hub.channels")
public record ChannelsProperties(
        @NotBlank String inboundUri,
        @Valid @NotNull WhatsApp whatsapp,
        @Valid @NotNull Telegram telegram,
        @Valid @NotNull WebChat webchat) {

    /** Graph API location; {@code apiVersion} like {@code v21.0}. */
    public record WhatsApp(@NotNull URI baseUrl, @NotBlank String apiVersion, @NotNull Duration timeout) {}

    /** Bot API location. */
    public record Telegram(@NotNull URI baseUrl, @NotNull Duration timeout) {}

    /** Requests one browser (IP) may make per tenant per minute. */
    public record WebChat(@Min(1) int requestsPerMinute) {}
}
