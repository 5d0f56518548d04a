package com.dentalai.hub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Delivering signed events and calling the billing API in tests. */
final class BillingTestSupport {

    static final String PASSWORD = StandInCredentials.get("stand-in.users.password");

    private BillingTestSupport() {}

    static ResponseEntity<String> deliver(TestRestTemplate http, String body) {
        return deliver(http, body, StripeTestEvents.sign(body, Instant.now()));
    }

    static ResponseEntity<String> deliver(TestRestTemplate http, String body, String signature) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            h.set("Stripe-Signature", signature);
        }
        return http.postForEntity("/webhooks/stripe", new HttpEntity<>(body, h), String.class);
    }

    static void delivered(TestRestTemplate http, String body) {
        ResponseEntity<String> r = deliver(http, body);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** Creates a user with a password (as the platform admin) and logs in. */
    static String userToken(TestRestTemplate http, ObjectMapper json, String username, String tenant, String role)
            throws Exception {
        String admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        Map<String, Object> body = Map.of(
                "username", username,
                "display_name", "Test " + username,
                "tenant", tenant,
                "roles", List.of(role),
                "password", PASSWORD);
        ResponseEntity<String> r = http.exchange(
                "/api/v1/admin/users",
                HttpMethod.POST,
                new HttpEntity<>(body, SecurityTestSupport.bearer(admin)),
                String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
        return SecurityTestSupport.login(http, username, PASSWORD);
    }

    static ResponseEntity<String> call(
            TestRestTemplate http, HttpMethod method, String path, String token, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, SecurityTestSupport.bearer(token)), String.class);
    }

    static JsonNode json(ObjectMapper json, ResponseEntity<String> r) throws Exception {
        return json.readTree(r.getBody());
    }
}
