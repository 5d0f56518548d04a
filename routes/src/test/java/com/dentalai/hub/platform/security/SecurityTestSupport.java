package com.dentalai.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Logins and requests for API tests. */
public final class SecurityTestSupport {

    private SecurityTestSupport() {}

    public static String login(TestRestTemplate http, String username, String password) {
        ResponseEntity<Map> r =
                http.postForEntity("/api/v1/auth/login", Map.of("username", username, "password", password), Map.class);
        assertThat(r.getStatusCode()).as("login of %s", username).isEqualTo(HttpStatus.OK);
        return (String) r.getBody().get("access_token");
    }

    public static HttpHeaders bearer(String token) {
        HttpHeaders h = new HttpHeaders();
        h.setBearerAuth(token);
        h.setContentType(MediaType.APPLICATION_JSON);
        return h;
    }

    public static ResponseEntity<String> postJson(TestRestTemplate http, String path, Object body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, h), String.class);
    }
}
