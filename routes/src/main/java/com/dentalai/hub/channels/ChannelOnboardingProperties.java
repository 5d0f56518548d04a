package com.dentalai.hub.channels;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Channel onboarding (the admin calls that connect a tenant's WhatsApp number and Telegram bot).
 *
 * @param publicBaseUrl where Meta and Telegram reach this hub from the internet, e.g. {@code
 *     https://hub.example.com}; webhook URLs are this plus {@code /webhooks/<channel>/<tenant>}.
 *     Unset: the onboarding calls answer 409 and say so.
 */
@Validated
@ConfigurationProperties("hub.channels.onboarding")
public record ChannelOnboardingProperties(URI publicBaseUrl) {

    public ChannelOnboardingProperties {
        if (publicBaseUrl != null && publicBaseUrl.toString().isBlank()) {
            publicBaseUrl = null;
        }
        if (publicBaseUrl != null
                && (publicBaseUrl.getHost() == null
                        || !("https".equals(publicBaseUrl.getScheme()) || "http".equals(publicBaseUrl.getScheme())))) {
            throw new IllegalArgumentException(
                    "hub.channels.onboarding.public-base-url must be an absolute http(s) URL, got " + publicBaseUrl);
        }
    }

    /** {@code <public base URL>/webhooks/<channel>/<tenant>}, without a doubled slash. */
    String webhookUrl(String channel, String tenantId) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/webhooks/" + channel + "/"
                + tenantId;
    }
}
