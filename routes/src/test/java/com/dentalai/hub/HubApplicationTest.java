package com.dentalai.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@HubTest
class HubApplicationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void readinessIncludesDatabaseAndBroker() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health/readiness", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }
}
