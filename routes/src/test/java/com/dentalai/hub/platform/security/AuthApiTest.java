package com.dentalai.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@HubTest
class AuthApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    SecretKey hubJwtKey;

    @Autowired
    ObjectMapper json;

    @Test
    void adminLogsInAndSeesItself() throws Exception {
        String token = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");

        ResponseEntity<String> me = http.exchange(
                "/api/v1/users/me", HttpMethod.GET, new HttpEntity<>(SecurityTestSupport.bearer(token)), String.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(me.getBody());
        assertThat(body.get("username").asText()).isEqualTo("admin");
        assertThat(body.get("roles").toString()).isEqualTo("[\"PLATFORM_ADMIN\"]");
        assertThat(body.get("tenant").isNull()).isTrue();
        assertThat(body.get("id").asText()).hasSize(36);
    }

    @Test
    void loginAnswersTheContractShape() throws Exception {
        ResponseEntity<String> r = SecurityTestSupport.postJson(
                http, "/api/v1/auth/login", Map.of("username", "admin", "password", "admin-password-for-tests"));

        JsonNode body = json.readTree(r.getBody());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.get("access_token").asText()).contains(".");
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() throws Exception {
        ResponseEntity<String> wrong = SecurityTestSupport.postJson(
                http, "/api/v1/auth/login", Map.of("username", "admin", "password", "nope-nope"));
        ResponseEntity<String> unknown = SecurityTestSupport.postJson(
                http, "/api/v1/auth/login", Map.of("username", "nobody-here", "password", "nope-nope"));

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(withoutVolatile(wrong.getBody())).isEqualTo(withoutVolatile(unknown.getBody()));
    }

    @Test
    void missingForgedAndExpiredTokensAre401Problems() throws Exception {
        SecretKey otherKey = new SecretKeySpec(
                "a-completely-different-key-of-32-bytes!!".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        String forged = sign(otherKey, Instant.now().plusSeconds(600));
        String expired = sign(hubJwtKey, Instant.now().minusSeconds(600));
        String valid = sign(hubJwtKey, Instant.now().plusSeconds(600));

        assertThat(me(null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> forgedAnswer = me(forged);
        assertThat(forgedAnswer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(forgedAnswer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(forgedAnswer.getBody()).get("status").asInt()).isEqualTo(401);
        assertThat(forgedAnswer.getHeaders().getFirst("X-Correlation-Id")).isNotBlank();
        assertThat(me(expired).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me(valid).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void malformedJsonIs400Problem() throws Exception {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = http.postForEntity(
                "/api/v1/auth/login", new HttpEntity<>("{\"username\": \"admin\", ", h), String.class);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode body = json.readTree(r.getBody());
        assertThat(body.get("type").asText()).isEqualTo("urn:dentalai:problem:malformed-body");
        assertThat(body.get("title").asText()).isEqualTo("Bad Request");
    }

    @Test
    void missingFieldsAre400NamingTheField() throws Exception {
        ResponseEntity<String> r = SecurityTestSupport.postJson(http, "/api/v1/auth/login", Map.of("username", "x"));

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(r.getBody()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("password");
        assertThat(errors.get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void sqlLookingCredentialsAreJustWrongCredentials() {
        ResponseEntity<String> r = SecurityTestSupport.postJson(
                http,
                "/api/v1/auth/login",
                Map.of("username", "admin' or '1'='1", "password", "'; drop table users; --"));

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(SecurityTestSupport.login(http, "admin", "admin-password-for-tests"))
                .isNotBlank();
    }

    private ResponseEntity<String> me(String token) {
        HttpHeaders h = token == null ? new HttpHeaders() : SecurityTestSupport.bearer(token);
        return http.exchange("/api/v1/users/me", HttpMethod.GET, new HttpEntity<>(h), String.class);
    }

    private static String sign(SecretKey key, Instant exp) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("dentalai-hub")
                .subject("00000000-0000-0000-0000-000000000001")
                .issuedAt(exp.minusSeconds(3600))
                .expiresAt(exp)
                .claim("preferred_username", "mallory")
                .claim("roles", List.of("PLATFORM_ADMIN"))
                .build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private String withoutVolatile(String problem) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode node =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(problem);
        node.remove("correlation_id");
        return node.toString();
    }
}
