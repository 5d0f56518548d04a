package com.dentalai.hub.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class S3ObjectStoreTest {

    static S3StandIn s3;
    static S3ObjectStore store;

    /** Headers java.net.http sets itself and refuses from callers. */
    static final Set<String> RESTRICTED = Set.of("content-length", "host");

    @BeforeAll
    static void start() {
        s3 = S3StandIn.start("clinic-files");
        store = new S3ObjectStore(s3.settings("clinic-files"));
    }

    @AfterAll
    static void stop() {
        store.close();
        s3.close();
    }

    @Test
    void aClientUploadsThroughThePresignedUrlAndTheHubReadsItBack() throws Exception {
        byte[] body = "x-ray bytes".getBytes(StandardCharsets.UTF_8);
        PresignedUpload upload = store.presignPut("tenants/smile-tlv/a/original", "image/png", body.length);

        int status = put(upload, body, "image/png");

        assertThat(upload.method()).isEqualTo("PUT");
        assertThat(upload.expiresAt()).isAfter(java.time.Instant.now());
        assertThat(status).isEqualTo(200);
        assertThat(store.read("tenants/smile-tlv/a/original", 1024)).isEqualTo(body);
        assertThat(store.list("tenants/smile-tlv/")).contains("tenants/smile-tlv/a/original");
    }

    @Test
    void thePresignedUrlBindsContentTypeAndLength() {
        // S3 (and MinIO) reject a PUT whose signed headers differ; the in-JVM stand-in does not
        // check signatures, so this asserts what is signed rather than the server's refusal.
        PresignedUpload upload = store.presignPut("tenants/smile-tlv/b/original", "image/png", 4);

        String signed = URI.create(upload.url()).getQuery();
        assertThat(signed)
                .contains("X-Amz-SignedHeaders=")
                .contains("content-type")
                .contains("content-length");
        assertThat(upload.headers()).containsEntry("Content-Type", "image/png");
    }

    @Test
    void readsAreBoundedAndMissingObjectsAreNotTransient() {
        store.write("tenants/smile-tlv/c/original", new byte[2048], "application/pdf");

        assertThatThrownBy(() -> store.read("tenants/smile-tlv/c/original", 1024))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> store.read("tenants/smile-tlv/none", 1024))
                .isInstanceOfSatisfying(
                        StorageException.class, e -> assertThat(e.isTransient()).isFalse());
    }

    @Test
    void anUnreachableStoreIsTransient() {
        S3Settings dead = new S3Settings(URI.create("http://127.0.0.1:1"), "us-east-1", "x", "a", "b", true, null);
        try (S3ObjectStore down = new S3ObjectStore(dead)) {
            assertThatThrownBy(() -> down.read("k", 10))
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.isTransient())
                            .isTrue());
            assertThat(dead.toString()).doesNotContain("b]").contains("bucket=x");
        }
    }

    private static int put(PresignedUpload upload, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(upload.url())).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        upload.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                request.header(name, value);
            }
        });
        if (upload.headers().keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
