package com.dentalai.hub.connectors.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where files live: AWS S3, MinIO or any S3-compatible store. The secret never appears in
 * {@link #toString()}.
 *
 * @param endpoint custom endpoint (MinIO, the embedded store); {@code null} for AWS
 * @param pathStyle path-style addressing, which most S3-compatible stores need
 */
public record S3Settings(
        URI endpoint,
        String region,
        String bucket,
        String accessKey,
        String secretKey,
        boolean pathStyle,
        Duration presignTtl) {

    public S3Settings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(bucket, "bucket");
        presignTtl = presignTtl == null ? Duration.ofMinutes(15) : presignTtl;
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle="
                + pathStyle + "]";
    }
}
