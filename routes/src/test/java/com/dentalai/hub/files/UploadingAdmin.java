package com.dentalai.hub.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An admin uploading files for one new smile-tlv patient the way the console does: presign, PUT
 * to the in-JVM S3, the MinIO-shaped notification; and what became of a file, in the hub's records
 * and as attachments in (stand-in) Odoo.
 */
final class UploadingAdmin {

    static final String TENANT = FilesPipelineTest.TENANT;

    private final TestRestTemplate http;
    private final FileRecords records;
    private final OdooStandInServer odoo = SandboxOdoo.server();
    private final HttpClient client = HttpClient.newHttpClient();
    final String token;
    final String patient;

    /** Logs in as the admin and seeds the patient the files belong to. */
    UploadingAdmin(TestRestTemplate http, FileRecords records, String patientName) {
        this.http = http;
        this.records = records;
        this.token = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        this.patient = Long.toString(odoo.seed("patient.patient", Map.of("patient_name", patientName)));
    }

    /** A presign request body for this patient. */
    Map<String, Object> request(String type, String contentType, long size) {
        return Map.of(
                "tenant", TENANT, "patient_ref", patient, "file_type", type, "content_type", contentType, "size", size);
    }

    /** Presigns an upload; fails unless the answer is 200. */
    @SuppressWarnings("unchecked")
    Map<String, Object> presign(String type, String contentType, long size) {
        ResponseEntity<Map> answer = http.postForEntity(
                "/api/v1/files/presign",
                new HttpEntity<>(request(type, contentType, size), SecurityTestSupport.bearer(token)),
                Map.class);
        assertThat(answer.getStatusCode()).as("presign: %s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** PUTs {@code bytes} to the presigned URL with its headers; fails unless S3 answers 200. */
    @SuppressWarnings("unchecked")
    void put(Map<String, Object> upload, byte[] bytes) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((String) upload.get("url")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        ((Map<String, String>) upload.get("headers")).forEach((name, value) -> {
            // java.net.http sets Content-Length itself and refuses it as a header
            if (!"content-length".equalsIgnoreCase(name)) {
                request.header(name, value);
            }
        });
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("PUT: %s", answer.body()).isEqualTo(200);
    }

    /** Presigns for {@code declared}'s length and PUTs {@code sent}; answers the file id. */
    String upload(String type, String contentType, byte[] declared, byte[] sent) throws Exception {
        Map<String, Object> upload = presign(type, contentType, declared.length);
        put(upload, sent);
        return (String) upload.get("file_id");
    }

    /** Where the file's objects live: its original and derivatives. */
    String prefix(String fileId) {
        return "tenants/" + TENANT + "/patients/" + patient + "/" + fileId + "/";
    }

    /** The key the original is uploaded to. */
    String key(String fileId) {
        return prefix(fileId) + "original";
    }

    /** Posts the MinIO notification for {@code key} with the webhook token. */
    ResponseEntity<Map> notifyS3(String key, long size, String etag) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(SandboxS3.WEBHOOK_TOKEN);
        return http.postForEntity(
                "/webhooks/s3", new HttpEntity<>(FilesPipelineTest.event(key, size, etag), headers), Map.class);
    }

    StoredFile.Status status(String fileId) {
        return records.find(TENANT, UUID.fromString(fileId))
                .map(StoredFile::status)
                .orElseThrow();
    }

    /** The Odoo attachments whose name carries the file id. */
    long attachmentsNamed(String fileId) {
        List<Map<String, Object>> all = odoo.searchRead("ir.attachment", List.of());
        return all.stream()
                .filter(a -> String.valueOf(a.get("name")).contains(fileId))
                .count();
    }
}
