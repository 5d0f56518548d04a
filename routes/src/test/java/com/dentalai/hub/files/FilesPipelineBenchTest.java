package com.dentalai.hub.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Benchmark (tag {@code bench}, excluded from {@code verify}; run ops/bench/files-pipeline.sh):
 * latency from the presigned PUT completing to the attachment being present in the Odoo
 * stand-in, for a 2 MP photo-like JPEG, through the whole hub (S3 notification webhook, Artemis,
 * sniff, thumbnail, preview, de-identified copy, registration over XML-RPC, audit). Two runs:
 * one upload at a time (the latency a single patient sees) and a burst of all uploads at once.
 */
@Tag("bench")
@HubTest
class FilesPipelineBenchTest {

    private static final String TENANT = FilesPipelineTest.TENANT;

    @Autowired
    TestRestTemplate http;

    private final OdooStandInServer odoo = SandboxOdoo.server();
    private final HttpClient client = HttpClient.newHttpClient();
    private final int warmup = Integer.getInteger("bench.warmup", 5);
    private final int uploads = Integer.getInteger("bench.uploads", 40);
    private String token;
    private String patient;

    @Test
    void presignedPutToOdooAttachment() throws Exception {
        token = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        patient = Long.toString(odoo.seed("patient.patient", Map.of("patient_name", "Bench Patient")));
        byte[] jpeg = DerivativesBenchTest.photo(1920, 1080);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "input: jpeg 1920x1080 %d bytes; cores=%d warmup=%d uploads=%d",
                jpeg.length,
                Runtime.getRuntime().availableProcessors(),
                warmup,
                uploads));
        for (int i = 0; i < warmup; i++) {
            one(jpeg);
        }
        List<Double> sequential = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            sequential.add(one(jpeg));
        }
        lines.add(summary("sequential (1 in flight)", sequential, Double.NaN));
        long start = System.nanoTime();
        List<Double> burst = burst(jpeg);
        double seconds = (System.nanoTime() - start) / 1e9;
        lines.add(summary("burst (" + uploads + " at once)", burst, uploads / seconds));

        lines.forEach(l -> System.out.println("BENCH " + l));
        Path out = Path.of("target", "bench", "files-pipeline.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** One upload alone: milliseconds from the PUT's answer to the attachment in Odoo. */
    private double one(byte[] jpeg) throws Exception {
        Map<String, Object> upload = presign(jpeg.length);
        String fileId = (String) upload.get("file_id");
        put(upload, jpeg);
        long putDone = System.nanoTime();
        notifyS3(fileId, jpeg.length);
        String name = attachmentName(fileId);
        await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(2))
                .atMost(Duration.ofSeconds(120))
                .until(() -> !odoo.searchRead("ir.attachment", List.of(List.of("name", "=", name)))
                        .isEmpty());
        return (System.nanoTime() - putDone) / 1e6;
    }

    /** All uploads at once (4 client threads): each one's PUT-to-attachment time. */
    private List<Double> burst(byte[] jpeg) throws Exception {
        List<Map<String, Object>> presigned = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            presigned.add(presign(jpeg.length));
        }
        Map<String, Long> putDone = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Map<String, Object> upload : presigned) {
                sent.add(pool.submit(() -> {
                    String fileId = (String) upload.get("file_id");
                    put(upload, jpeg);
                    putDone.put(attachmentName(fileId), System.nanoTime());
                    notifyS3(fileId, jpeg.length);
                    return null;
                }));
            }
            Map<String, Long> present = new ConcurrentHashMap<>();
            await().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(5))
                    .atMost(Duration.ofSeconds(600))
                    .until(() -> {
                        List<String> waiting = putDone.keySet().stream()
                                .filter(n -> !present.containsKey(n))
                                .toList();
                        if (!waiting.isEmpty()) {
                            long now = System.nanoTime();
                            odoo.searchRead("ir.attachment", List.of(List.of("name", "in", waiting)))
                                    .forEach(a -> present.putIfAbsent((String) a.get("name"), now));
                        }
                        return present.size() == uploads;
                    });
            for (Future<?> f : sent) {
                f.get();
            }
            List<Double> millis = new ArrayList<>();
            present.forEach((name, at) -> millis.add((at - putDone.get(name)) / 1e6));
            return millis;
        } finally {
            pool.shutdown();
        }
    }

    private static String summary(String name, List<Double> millis, double perSecond) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%-26s n=%d p50=%7.1f ms p90=%7.1f ms p99=%7.1f ms max=%7.1f ms%s",
                name,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1),
                Double.isNaN(perSecond) ? "" : String.format(Locale.ROOT, "  throughput=%.2f files/s", perSecond));
    }

    /** Nearest-rank percentile of a sorted list. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String attachmentName(String fileId) {
        return "photo-" + fileId + "-thumbnail.jpg";
    }

    private Map<String, Object> presign(long size) {
        ResponseEntity<Map> answer = http.postForEntity(
                "/api/v1/files/presign",
                new HttpEntity<>(
                        Map.of(
                                "tenant", TENANT,
                                "patient_ref", patient,
                                "file_type", "photo",
                                "content_type", "image/jpeg",
                                "size", size),
                        SecurityTestSupport.bearer(token)),
                Map.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = answer.getBody();
        return body;
    }

    private void put(Map<String, Object> upload, byte[] bytes) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((String) upload.get("url")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) upload.get("headers");
        headers.forEach((name, value) -> {
            if (!"content-length".equalsIgnoreCase(name)) {
                request.header(name, value);
            }
        });
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private void notifyS3(String fileId, long size) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(SandboxS3.WEBHOOK_TOKEN);
        String key = "tenants/" + TENANT + "/patients/" + patient + "/" + fileId + "/original";
        http.postForEntity(
                "/webhooks/s3",
                new HttpEntity<>(FilesPipelineTest.event(key, size, "etag-" + fileId), headers),
                Map.class);
    }
}
