package com.dentalai.hub.files.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.gate.RecordingAuditTrail;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code /api/v1/files/{id}/annotations} over a file presigned in smile-tlv (no bytes needed). */
@HubTest
class FileAnnotationsTest {

    static final String TENANT = "smile-tlv";
    static final String PASSWORD = StandInCredentials.get("stand-in.users.password");

    @Autowired
    TestRestTemplate http;

    @Autowired
    RecordingAuditTrail audit;

    @Autowired
    ObjectMapper json;

    String admin;
    String run;
    String fileId;

    @BeforeEach
    void setUp() {
        admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        run = UUID.randomUUID().toString().substring(0, 8);
        fileId = presignedFile();
    }

    @Test
    void createListUpdateDeleteRoundTrip() throws Exception {
        ResponseEntity<String> created = send(admin, HttpMethod.POST, path(), arrow(null));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode annotation = json.readTree(created.getBody());
        String id = annotation.get("id").asText();
        assertThat(annotation.get("file_id").asText()).isEqualTo(fileId);
        assertThat(annotation.get("kind").asText()).isEqualTo("arrow");
        assertThat(annotation.get("points").get(1).get("x").asDouble()).isEqualTo(0.75);
        assertThat(annotation.get("color").asText()).isEqualTo("#ff0000");
        assertThat(annotation.get("text").asText()).isEqualTo("caries?");
        assertThat(annotation.get("author").asText()).isNotBlank();
        assertThat(annotation.get("created_at").asText()).isNotBlank();
        assertThat(annotation.get("version").asInt()).isEqualTo(1);

        JsonNode listed =
                json.readTree(send(admin, HttpMethod.GET, path(), null).getBody());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);

        Map<String, Object> change = arrow(1);
        change.put("kind", "circle");
        ResponseEntity<String> updated = send(admin, HttpMethod.PUT, path() + "/" + id, change);
        assertThat(updated.getStatusCode()).as(updated.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(updated.getBody()).get("kind").asText()).isEqualTo("circle");
        assertThat(json.readTree(updated.getBody()).get("version").asInt()).isEqualTo(2);

        assertThat(send(admin, HttpMethod.DELETE, path() + "/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(json.readTree(send(admin, HttpMethod.GET, path(), null).getBody()))
                .isEmpty();
        assertThat(send(admin, HttpMethod.DELETE, path() + "/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        List<AuditEvent> events = audit.events().stream()
                .filter(e -> id.equals(e.objectId()) && e.verb().startsWith("file.annotation."))
                .toList();
        assertThat(events)
                .extracting(AuditEvent::verb)
                .containsExactly("file.annotation.create", "file.annotation.update", "file.annotation.delete");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.tenant()).isEqualTo(TENANT);
            assertThat(e.extra()).containsEntry("file_id", fileId).doesNotContainValue("caries?");
        });
    }

    @Test
    void invalidFieldsAreA400NamingEachField() throws Exception {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            points.add(Map.of("x", i == 3 ? 1.5 : 0.1, "y", 0.2));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "hexagon");
        body.put("points", points);
        body.put("color", "red");
        body.put("text", "x".repeat(501));

        ResponseEntity<String> answer = send(admin, HttpMethod.POST, path(), body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(answer.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("kind", "points[3].x", "color", "text");

        Map<String, Object> none = arrow(null);
        none.put("points", List.of());
        assertThat(json.readTree(send(admin, HttpMethod.POST, path(), none).getBody())
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("points");
    }

    @Test
    void aStaleVersionIsA409() throws Exception {
        String id = json.readTree(
                        send(admin, HttpMethod.POST, path(), arrow(null)).getBody())
                .get("id")
                .asText();
        assertThat(send(admin, HttpMethod.PUT, path() + "/" + id, arrow(1)).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<String> stale = send(admin, HttpMethod.PUT, path() + "/" + id, arrow(1));

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(send(admin, HttpMethod.PUT, path() + "/" + id, new HashMap<>(arrow(null)))
                        .getStatusCode())
                .as("an update without a version")
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anUnknownFileOrAnotherTenantsFileIsA404() {
        String elsewhere = user("BRANCH_ADMIN", "bright-haifa");

        assertThat(send(admin, HttpMethod.GET, "/api/v1/files/" + UUID.randomUUID() + "/annotations", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send(admin, HttpMethod.GET, "/api/v1/files/not-a-uuid/annotations", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> foreign = send(elsewhere, HttpMethod.GET, path(), null);
        assertThat(foreign.getStatusCode()).as(foreign.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(send(elsewhere, HttpMethod.POST, path(), arrow(null)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDentistMayAnnotateAndAReadOnlyUserMayOnlyList() {
        String dentist = user("DENTIST", TENANT);
        String reader = user("READ_ONLY", TENANT);

        ResponseEntity<String> drawn = send(dentist, HttpMethod.POST, path(), arrow(null));
        assertThat(drawn.getStatusCode()).as(drawn.getBody()).isEqualTo(HttpStatus.CREATED);

        assertThat(send(reader, HttpMethod.GET, path(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> refused = send(reader, HttpMethod.POST, path(), arrow(null));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    // --- helpers

    private String path() {
        return "/api/v1/files/" + fileId + "/annotations";
    }

    private static Map<String, Object> arrow(Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "arrow");
        body.put("points", List.of(Map.of("x", 0.25, "y", 0.5), Map.of("x", 0.75, "y", 0.5)));
        body.put("text", "caries?");
        body.put("color", "#FF0000");
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    @SuppressWarnings("rawtypes")
    private String presignedFile() {
        Map<String, Object> body = Map.of(
                "tenant",
                TENANT,
                "patient_ref",
                "annot-" + run,
                "file_type",
                "xray",
                "content_type",
                "image/png",
                "size",
                1024);
        ResponseEntity<Map> answer = http.postForEntity(
                "/api/v1/files/presign", new HttpEntity<>(body, SecurityTestSupport.bearer(admin)), Map.class);
        assertThat(answer.getStatusCode()).as("presign: %s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return (String) answer.getBody().get("file_id");
    }

    private String user(String role, String tenant) {
        String username = role.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + run;
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("display_name", "Test " + username);
        body.put("tenant", tenant);
        body.put("roles", List.of(role));
        body.put("password", PASSWORD);
        ResponseEntity<String> created = send(admin, HttpMethod.POST, "/api/v1/admin/users", body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return SecurityTestSupport.login(http, username, PASSWORD);
    }

    private ResponseEntity<String> send(String token, HttpMethod method, String path, Object body) {
        // the platform admin has no tenant of its own: it names the one it acts in
        String target = token.equals(admin) && path.startsWith("/api/v1/files/") ? path + "?tenant=" + TENANT : path;
        return http.exchange(target, method, new HttpEntity<>(body, SecurityTestSupport.bearer(token)), String.class);
    }
}
