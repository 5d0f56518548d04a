package com.dentalai.hub.webchat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The public web chat ({@code POST /api/v1/chat}, widget at {@code /chat/{tenant}}). Each tenant's
 * own origins are in the tenants file ({@code channels.webchat.allowed-origins}); these settings
 * apply to every tenant.
 *
 * @param requestsPerMinute requests one session may make per tenant per minute
 * @param addressRequestsPerMinute requests one client address may make per tenant per minute, so
 *     minting new session ids does not lift the limit (several patients may share one address)
 * @param allowedOrigins browser origins allowed for every tenant besides the hub's own (for example
 *     the public URL of the hub when it runs behind a proxy that rewrites the Host header)
 * @param sessionWait how long a request waits for an earlier request of the same session to finish
 * @param otp the one-time code sent over WhatsApp to verify a web chat patient's phone
 */
@Validated
@ConfigurationProperties("hub.channels.webchat")
public record WebChatProperties(
        @Min(1) int requestsPerMinute,
        @Min(1) int addressRequestsPerMinute,
        List<String> allowedOrigins,
        @NotNull Duration sessionWait,
        @Valid @NotNull Otp otp) {

    public WebChatProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    /**
     * @param ttl how long a code is valid
     * @param maxAttempts wrong codes accepted before the code is void
     * @param maxCodes codes one session may have sent (each goes to a phone the patient typed)
     * @param digits code length
     * @param template the approved WhatsApp template (category authentication) whose body parameter
     *     {{1}} is the code; codes reach phones that never wrote to the clinic, outside the 24-hour
     *     window, so only a template is delivered
     */
    public record Otp(
            @NotNull Duration ttl,
            @Min(1) int maxAttempts,
            @Min(1) int maxCodes,
            @Min(4) @Max(10) int digits,
            @NotBlank String template) {}
}
