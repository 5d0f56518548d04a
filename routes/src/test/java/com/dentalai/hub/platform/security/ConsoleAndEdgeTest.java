package com.dentalai.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Hawtio/Jolokia and metrics access by role; body limits and correlation ids at the edge. */
@HubTest
class ConsoleAndEdgeTest {

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void hawtioAndJolokiaAreForOperatorsOnly() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        createUser(admin, "ops-" + run, null, "OPERATOR");
        createUser(admin, "doc-" + run, "smile-tlv", "DENTIST");

        ResponseEntity<String> anonymous = http.getForEntity("/actuator/hawtio/", String.class);
        ResponseEntity<String> dentist = http.withBasicAuth("doc-" + run, AdminUsersApiTest.PASSWORD)
                .getForEntity("/actuator/hawtio/", String.class);
        TestRestTemplate operator = http.withBasicAuth("ops-" + run, AdminUsersApiTest.PASSWORD);
        ResponseEntity<String> console = operator.getForEntity("/actuator/hawtio/", String.class);
        ResponseEntity<String> jolokia =
                operator.getForEntity("/actuator/jolokia/read/java.lang:type=Memory/HeapMemoryUsage", String.class);
        ResponseEntity<String> metrics = operator.getForEntity("/actuator/prometheus", String.class);
        ResponseEntity<String> dentistMetrics = http.withBasicAuth("doc-" + run, AdminUsersApiTest.PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Basic");
        assertThat(dentist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(console.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(console.getBody()).containsIgnoringCase("hawtio");
        assertThat(jolokia.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jolokia.getBody()).contains("\"status\":200").contains("used");
        // Boot tests switch metric exporters off (no @AutoConfigureObservability in the shared context),
        // so the endpoint itself is absent here: what matters is that security let the operator through
        assertThat(metrics.getStatusCode()).isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        assertThat(dentistMetrics.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthIsPublic() {
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void oversizeBodiesAre413ByLengthAndByStream() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> declared =
                http.postForEntity("/api/v1/auth/login", new HttpEntity<>(big, h), String.class);

        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/login"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                                        ("{\"username\":\"" + new String(big) + "\"}").getBytes())))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(declared.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(chunked.headers().firstValue("X-Correlation-Id")).isPresent();
    }

    @Test
    void correlationIdsAreEchoedWhenSaneAndReplacedOtherwise() {
        HttpHeaders sane = new HttpHeaders();
        sane.set("X-Correlation-Id", "abcd-1234-efgh");
        HttpHeaders insane = new HttpHeaders();
        insane.set("X-Correlation-Id", "x\"; drop table users; --");

        ResponseEntity<String> echoed =
                http.exchange("/api/v1/users/me", HttpMethod.GET, new HttpEntity<>(sane), String.class);
        ResponseEntity<String> replaced =
                http.exchange("/api/v1/nothing-here", HttpMethod.GET, new HttpEntity<>(insane), String.class);

        assertThat(echoed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(echoed.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("abcd-1234-efgh");
        assertThat(echoed.getBody()).contains("\"correlation_id\":\"abcd-1234-efgh\"");
        assertThat(replaced.getHeaders().getFirst("X-Correlation-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void unknownPathsAreProblemsToo() {
        String admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        ResponseEntity<String> r = http.exchange(
                "/api/v1/nothing-here",
                HttpMethod.GET,
                new HttpEntity<>(SecurityTestSupport.bearer(admin)),
                String.class);

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r.getHeaders().getFirst("X-Correlation-Id")).isNotBlank();
    }

    private void createUser(String token, String username, String tenant, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("display_name", "Test user");
        body.put("tenant", tenant);
        body.put("roles", List.of(role));
        body.put("password", AdminUsersApiTest.PASSWORD);
        ResponseEntity<String> r = http.exchange(
                "/api/v1/admin/users",
                HttpMethod.POST,
                new HttpEntity<>(body, SecurityTestSupport.bearer(token)),
                String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
