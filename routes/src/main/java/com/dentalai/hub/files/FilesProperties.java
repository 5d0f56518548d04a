package com.dentalai.hub.files;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Files and imaging (docs/configuration.md "Files").
 *
 * @param s3 where originals and derivatives live
 * @param webhookTokenEnv name of the environment variable holding the bearer token S3/MinIO sends
 *     with event notifications; unset or empty = every notification is refused
 * @param queue broker queue between the notification webhook and the pipeline
 * @param registerQueue broker queue between the pipeline and the Odoo registration (so an Odoo
 *     outage parks only the registration, replayable from the dead-letter queue)
 * @param thumbnailSize box of the thumbnail in pixels
 * @param previewSize box of the preview in pixels
 * @param clamd the optional virus scan
 * @param embedded ask the demo launcher (test sources) for the embedded S3-compatible store even
 *     when an endpoint is configured
 * @param channelQueue broker queue of photos patients send on WhatsApp/Telegram (fed by the
 *     channels' inbound queue, consumed by route {@code channel-image})
 * @param channelMaxBytes largest channel photo stored; a larger one gets a polite refusal
 */
@Validated
@ConfigurationProperties("hub.files")
public record FilesProperties(
        @Valid @NotNull S3 s3,
        String webhookTokenEnv,
        @NotBlank String queue,
        @NotBlank String registerQueue,
        @Positive int thumbnailSize,
        @Positive int previewSize,
        @Valid @NotNull Clamd clamd,
        boolean embedded,
        @NotBlank String channelQueue,
        @Positive long channelMaxBytes) {

    /**
     * @param endpoint S3-compatible endpoint (MinIO …); blank = AWS S3 of {@code region}
     * @param accessKeyEnv / secretKeyEnv names of the environment variables with the keys; unset =
     *     the AWS default credential chain (instance role …)
     * @param pathStyle path-style addressing, which MinIO and most S3-compatible stores need
     * @param presignTtl how long an upload URL stays valid
     */
    public record S3(
            String endpoint,
            @NotBlank String region,
            @NotBlank String bucket,
            String accessKeyEnv,
            String secretKeyEnv,
            boolean pathStyle,
            @NotNull Duration presignTtl) {}

    /** clamd INSTREAM scan; off by default. */
    public record Clamd(boolean enabled, String host, @Min(0) int port, @NotNull Duration timeout) {}
}
