package com.dentalai.hub.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.media.TestFiles;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Presign → PUT to the in-JVM S3 → MinIO-shaped notification → pipeline → Odoo attachment, and
 * the ways it refuses (tenant smile-tlv, dental mapping: patients are patient.patient).
 */
@HubTest
class FilesPipelineTest {

    static final String TENANT = "smile-tlv";
    static final String BUCKET = "dentalai-files";

    @Autowired
    TestRestTemplate http;

    @Autowired
    FileRecords records;

    @Autowired
    S3ObjectStore store;

    OdooStandInServer odoo = SandboxOdoo.server();
    UploadingAdmin files;
    String token;
    String patient;

    @BeforeEach
    void setUp() {
        files = new UploadingAdmin(http, records, "Files Patient");
        token = files.token;
        patient = files.patient;
    }

    @Test
    void anUploadedPhotoIsDerivedAndRegisteredInOdoo() throws Exception {
        byte[] jpeg = TestFiles.jpegWithExifAndXmp("Canon", "Dr Example");
        Map<String, Object> upload = files.presign("photo", "image/jpeg", jpeg.length);
        String fileId = (String) upload.get("file_id");
        assertThat(upload.get("method")).isEqualTo("PUT");
        assertThat(upload.get("expires_at")).isNotNull();

        files.put(upload, jpeg);
        String key = "tenants/" + TENANT + "/patients/" + patient + "/" + fileId + "/original";
        assertThat(files.notifyS3(key, jpeg.length, "etag-" + fileId).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        await().atMost(Duration.ofSeconds(60)).until(() -> files.status(fileId) == StoredFile.Status.REGISTERED);
        List<String> objects = store.list("tenants/" + TENANT + "/patients/" + patient + "/" + fileId + "/");
        assertThat(objects)
                .contains(
                        key.replace("original", "thumb-256.jpg"),
                        key.replace("original", "preview-1024.jpg"),
                        key.replace("original", "deidentified.jpg"));
        StoredFile stored = records.find(TENANT, UUID.fromString(fileId)).orElseThrow();
        List<Map<String, Object>> attachments =
                odoo.searchRead("ir.attachment", List.of(List.of("id", "=", Long.parseLong(stored.odooRef()))));
        assertThat(attachments).singleElement().satisfies(a -> {
            assertThat(a.get("res_model")).isEqualTo("patient.patient");
            assertThat(a.get("res_id")).isEqualTo(Long.parseLong(patient));
            assertThat(a.get("mimetype")).isEqualTo("image/jpeg");
            assertThat((String) a.get("name")).isEqualTo("photo-" + fileId + "-thumbnail.jpg");
        });
    }

    @Test
    void theSameEventTwiceIsProcessedOnce() throws Exception {
        byte[] png = TestFiles.image("png", 40, 30);
        Map<String, Object> upload = files.presign("xray", "image/png", png.length);
        String fileId = (String) upload.get("file_id");
        files.put(upload, png);
        String key = files.key(fileId);
        files.notifyS3(key, png.length, "etag-" + fileId);
        files.notifyS3(key, png.length, "etag-" + fileId);

        await().atMost(Duration.ofSeconds(60)).until(() -> files.status(fileId) == StoredFile.Status.REGISTERED);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> files.attachmentsNamed(fileId) == 1);
    }

    @Test
    void bytesThatAreNotTheDeclaredTypeAreRejected() throws Exception {
        byte[] pdf = TestFiles.pdf(1, "not a photo");
        Map<String, Object> upload = files.presign("photo", "image/jpeg", pdf.length);
        String fileId = (String) upload.get("file_id");
        files.put(upload, pdf);
        files.notifyS3(files.key(fileId), pdf.length, "etag-" + fileId);

        await().atMost(Duration.ofSeconds(60)).until(() -> files.status(fileId) == StoredFile.Status.REJECTED);
        StoredFile rejected = records.find(TENANT, UUID.fromString(fileId)).orElseThrow();
        assertThat(rejected.reason()).contains("application/pdf").contains("image/jpeg");
        assertThat(files.attachmentsNamed(fileId)).isZero();
    }

    @Test
    void anOversizePresignIsA400NamingTheField() {
        Map<String, Object> body = new HashMap<>(files.request("photo", "image/jpeg", 21L * 1024 * 1024));
        ResponseEntity<Map> answer = http.postForEntity(
                "/api/v1/files/presign", new HttpEntity<>(body, SecurityTestSupport.bearer(token)), Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors").toString()).contains("field=size");
    }

    @Test
    void aNotificationWithoutTheTokenIsA401() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth("wrong-token");
        ResponseEntity<String> answer = http.postForEntity(
                "/webhooks/s3",
                new HttpEntity<>(event("tenants/x/patients/1/a/original", 1, "e"), headers),
                String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        headers.remove(HttpHeaders.AUTHORIZATION);
        assertThat(http.postForEntity(
                                "/webhooks/s3",
                                new HttpEntity<>(event("tenants/x/patients/1/a/original", 1, "e"), headers),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void keysOutsideTheLayoutOrKnownTenantsAreRejectedUnread() {
        ResponseEntity<Map> answer = files.notifyS3("elsewhere/readme.txt", 3, "e1");
        assertThat(answer.getBody()).containsEntry("rejected", 1).containsEntry("queued", 0);
        answer = files.notifyS3("tenants/nobody/patients/1/" + UUID.randomUUID() + "/original", 3, "e2");
        assertThat(answer.getBody()).containsEntry("rejected", 1).containsEntry("queued", 0);
    }

    // ------------------------------------------------------------------ helpers

    /** A MinIO webhook notification (s3:ObjectCreated:Put, top-level EventName and Key). */
    static String event(String key, long size, String etag) {
        String encoded = java.net.URLEncoder.encode(key, StandardCharsets.UTF_8);
        return """
                {"EventName":"s3:ObjectCreated:Put","Key":"%s/%s","Records":[{"eventVersion":"2.0",
                "eventSource":"minio:s3","awsRegion":"","eventTime":"2026-01-05T10:00:00.000Z",
                "eventName":"s3:ObjectCreated:Put","userIdentity":{"principalId":"minioadmin"},
                "requestParameters":{"sourceIPAddress":"127.0.0.1"},"responseElements":{},
                "s3":{"s3SchemaVersion":"1.0","configurationId":"Config","bucket":{"name":"%s",
                "ownerIdentity":{"principalId":"minioadmin"},"arn":"arn:aws:s3:::%s"},
                "object":{"key":"%s","size":%d,"eTag":"%s","contentType":"image/jpeg",
                "sequencer":"1813A4F0E3A1B2C3"}}}]}
                """
                .formatted(BUCKET, key, BUCKET, BUCKET, encoded, size, etag);
    }
}
