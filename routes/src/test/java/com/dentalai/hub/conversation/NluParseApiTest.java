package com.dentalai.hub.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@HubTest
class NluParseApiTest {

    private static final String PASSWORD = StandInCredentials.get("stand-in.users.nlu-password");

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anIntegratorGetsTheContractShapeWithOnlyPresentSlots() throws Exception {
        String admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        String user = "integ-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(admin, user, null, "INTEGRATOR");
        String token = SecurityTestSupport.login(http, user, PASSWORD);

        JsonNode booking = body(post(
                token,
                Map.of(
                        "text", "I want to book a cleaning tomorrow at 10",
                        "tenant", "smile-tlv",
                        "now", "2026-03-01T09:00:00+02:00")));
        JsonNode hebrew = body(post(token, Map.of("text", "מה שעות הפתיחה?", "now", "2026-03-01T09:00:00")));

        assertThat(booking.get("intent").asText()).isEqualTo("book_appointment");
        assertThat(booking.get("language").asText()).isEqualTo("en");
        assertThat(booking.get("confidence").isNumber()).isTrue();
        assertThat(booking.get("slots").get("date").asText()).isEqualTo("2026-03-02");
        assertThat(booking.get("slots").get("time").asText()).isEqualTo("10:00");
        assertThat(booking.get("slots").get("treatment").asText()).isEqualTo("cleaning");
        assertThat(booking.get("slots").has("practitioner")).isFalse();
        assertThat(hebrew.get("intent").asText()).isEqualTo("clinic_hours");
        assertThat(hebrew.get("language").asText()).isEqualTo("he");
        assertThat(hebrew.get("slots").size()).isZero();
    }

    @Test
    void anonymousIs401DentistIs403MissingTextIs400() throws Exception {
        String admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        String user = "dent-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(admin, user, "smile-tlv", "DENTIST");
        String dentist = SecurityTestSupport.login(http, user, PASSWORD);

        ResponseEntity<String> anonymous =
                SecurityTestSupport.postJson(http, "/api/v1/nlu/parse", Map.of("text", "hi"));
        ResponseEntity<String> forbidden = post(dentist, Map.of("text", "hi"));
        ResponseEntity<String> missing = post(admin, Map.of("tenant", "smile-tlv"));
        ResponseEntity<String> badNow = post(admin, Map.of("text", "hi", "now", "tomorrow-ish"));

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(missing.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("text");
        assertThat(badNow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<String> post(String token, Map<String, ?> body) {
        return http.postForEntity(
                "/api/v1/nlu/parse", new HttpEntity<>(body, SecurityTestSupport.bearer(token)), String.class);
    }

    private JsonNode body(ResponseEntity<String> r) throws Exception {
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(r.getBody());
    }

    private void createUser(String adminToken, String username, String tenant, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("display_name", "Test " + username);
        if (tenant != null) {
            body.put("tenant", tenant);
        }
        body.put("roles", List.of(role));
        body.put("password", PASSWORD);
        ResponseEntity<String> r = http.postForEntity(
                "/api/v1/admin/users", new HttpEntity<>(body, SecurityTestSupport.bearer(adminToken)), String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
