package com.dentalai.hub.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.media.TestFiles;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.errors.DeadLetter;
import com.dentalai.hub.platform.errors.DeadLetterStore;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The files pipeline when S3 or Odoo is down (retried, dead-lettered, replayed once nothing is
 * down any more: exactly one attachment), and the bad inputs the pipeline itself must refuse
 * (the presign-time refusals are in FilesPipelineTest).
 */
@HubTest
class FilesFailureTest {

    static final String TENANT = FilesPipelineTest.TENANT;

    @Autowired
    TestRestTemplate http;

    @Autowired
    FileRecords records;

    @Autowired
    S3ObjectStore store;

    @Autowired
    DeadLetterStore deadLetters;

    @Autowired
    OdooClientFactory odooClients;

    OdooStandInServer odoo = SandboxOdoo.server();
    UploadingAdmin files;
    String token;

    @BeforeEach
    void setUp() {
        files = new UploadingAdmin(http, records, "Failure Patient");
        token = files.token;
    }

    @Test
    void s3DownDuringProcessingIsRetriedThenDeadLetteredAndTheReplayCompletesOnce() throws Exception {
        byte[] jpeg = TestFiles.image("jpg", 120, 90);
        String fileId = files.upload("photo", "image/jpeg", jpeg, jpeg);
        int refusedBefore = SandboxS3.refusedConnections();
        DeadLetter letter;
        SandboxS3.setDown(true);
        try {
            notifyS3(fileId, jpeg.length);
            letter = awaitLetter(fileId, "file-pipeline");
        } finally {
            SandboxS3.setDown(false);
        }
        // the first try and hub.errors.max-redeliveries (2 in tests), each after the SDK's own attempts
        assertThat(SandboxS3.refusedConnections() - refusedBefore).isGreaterThanOrEqualTo(3);
        assertThat(letter.reason()).contains("S3 unreachable");
        assertThat(files.status(fileId))
                .as("an outage is not a verdict on the file")
                .isEqualTo(StoredFile.Status.PENDING);

        replay(letter);

        await().atMost(Duration.ofSeconds(60)).until(() -> files.status(fileId) == StoredFile.Status.REGISTERED);
        assertThat(store.list(files.prefix(fileId))).contains(files.prefix(fileId) + "thumb-256.jpg");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> files.attachmentsNamed(fileId) == 1);
    }

    @Test
    void odooDownDuringRegistrationLosesNothingAndTheReplayRegistersExactlyOnce() throws Exception {
        byte[] png = TestFiles.image("png", 64, 48);
        String fileId = files.upload("xray", "image/png", png, png);
        DeadLetter letter;
        odoo.setServiceUnavailable(true);
        try {
            notifyS3(fileId, png.length);
            letter = awaitLetter(fileId, "file-registration");
        } finally {
            odoo.setServiceUnavailable(false);
            // the outage opened smile-tlv's breaker: close it so the replay (and later tests) reach Odoo now
            odooClients.breaker(TENANT).reset();
        }
        assertThat(letter.reason()).contains("Odoo unreachable");
        assertThat(files.status(fileId))
                .as("validated and derived, waiting for Odoo")
                .isEqualTo(StoredFile.Status.STORED);
        assertThat(store.list(files.prefix(fileId)))
                .contains(
                        files.prefix(fileId) + "original",
                        files.prefix(fileId) + "thumb-256.jpg",
                        files.prefix(fileId) + "deidentified.png");
        assertThat(files.attachmentsNamed(fileId)).isZero();

        replay(letter);

        await().atMost(Duration.ofSeconds(60)).until(() -> files.status(fileId) == StoredFile.Status.REGISTERED);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> files.attachmentsNamed(fileId) == 1);
        assertThat(http.exchange(
                                "/api/v1/admin/dead-letters/" + letter.id() + "/replay",
                                org.springframework.http.HttpMethod.POST,
                                new HttpEntity<>(SecurityTestSupport.bearer(token)),
                                String.class)
                        .getStatusCode())
                .as("a dead letter replays once")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(files.attachmentsNamed(fileId)).isEqualTo(1);
    }

    @Test
    void aZeroByteUploadIsRejected() throws Exception {
        String fileId = files.upload("photo", "image/jpeg", new byte[10], new byte[0]);
        notifyS3(fileId, 0);
        assertThat(awaitRejected(fileId)).contains("empty");
    }

    @Test
    void aTruncatedJpegIsRejected() throws Exception {
        byte[] jpeg = TestFiles.image("jpg", 300, 300);
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 3);
        String fileId = files.upload("photo", "image/jpeg", truncated, truncated);
        notifyS3(fileId, truncated.length);
        assertThat(awaitRejected(fileId)).contains("truncated or corrupt");
    }

    @Test
    void aPdfOverThePageLimitIsRejectedUnrendered() throws Exception {
        // PDFBox repairs a page tree that merely claims a huge /Count, so the bomb is real pages
        byte[] pdf = TestFiles.pdf(501, "page");
        String fileId = files.upload("pdf", "application/pdf", pdf, pdf);
        notifyS3(fileId, pdf.length);
        assertThat(awaitRejected(fileId)).contains("501 pages, limit 500");
    }

    @Test
    void anImageDeclaringTenGigapixelsIsRejectedBeforeDecoding() throws Exception {
        byte[] bomb = TestFiles.pngDeclaring(100_000, 100_000);
        String fileId = files.upload("photo", "image/png", bomb, bomb);
        notifyS3(fileId, bomb.length);
        assertThat(awaitRejected(fileId)).contains("pixels");
    }

    @Test
    void moreBytesThanDeclaredAreRejected() throws Exception {
        byte[] jpeg = TestFiles.image("jpg", 200, 200);
        String fileId = files.upload("photo", "image/jpeg", new byte[100], jpeg);
        notifyS3(fileId, jpeg.length);
        assertThat(awaitRejected(fileId)).contains(jpeg.length + " bytes, 100 were declared");
    }

    // ------------------------------------------------------------------ helpers

    private void notifyS3(String fileId, long size) {
        ResponseEntity<Map> answer = files.notifyS3(files.key(fileId), size, "etag-" + fileId);
        assertThat(answer.getBody()).containsEntry("queued", 1);
    }

    private DeadLetter awaitLetter(String fileId, String routeId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> letter(fileId, routeId).isPresent());
        return letter(fileId, routeId).orElseThrow();
    }

    private Optional<DeadLetter> letter(String fileId, String routeId) {
        return deadLetters.list(Set.of(TENANT), DeadLetter.PENDING, 1000).stream()
                .filter(l -> routeId.equals(l.routeId()))
                .filter(l -> l.reason() != null && l.reason().contains(fileId))
                .findFirst();
    }

    private void replay(DeadLetter letter) {
        ResponseEntity<Map> answer = http.exchange(
                "/api/v1/admin/dead-letters/" + letter.id() + "/replay",
                org.springframework.http.HttpMethod.POST,
                new HttpEntity<>(SecurityTestSupport.bearer(token)),
                Map.class);
        assertThat(answer.getStatusCode()).as("replay: %s", answer.getBody()).isEqualTo(HttpStatus.OK);
    }

    private String awaitRejected(String fileId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> files.status(fileId) == StoredFile.Status.REJECTED);
        assertThat(files.attachmentsNamed(fileId)).isZero();
        return records.find(TENANT, UUID.fromString(fileId)).orElseThrow().reason();
    }
}
