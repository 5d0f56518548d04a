package com.dentalai.hub.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.channels.SandboxChannels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A browser session of the web chat, as the widget drives it: one session id, JSON in and out. */
final class WebChatClient {

    static final String SMILE_ORIGIN = "https://smile.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    final String tenant;
    final String session = "s" + UUID.randomUUID().toString().replace("-", "");
    private final TestRestTemplate http;
    private final String origin;
    JsonNode last;

    WebChatClient(TestRestTemplate http, String tenant, String origin) {
        this.http = http;
        this.tenant = tenant;
        this.origin = origin;
    }

    JsonNode say(String text) {
        return ok(post(body().put("text", text)));
    }

    JsonNode tap(String choice) {
        return ok(post(body().put("choice", choice)));
    }

    ObjectNode body() {
        return JSON.createObjectNode().put("tenant", tenant).put("session_id", session);
    }

    ResponseEntity<JsonNode> post(JsonNode body) {
        return raw(body.toString(), origin);
    }

    ResponseEntity<JsonNode> raw(String body, String withOrigin) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        if (withOrigin != null) {
            h.set(HttpHeaders.ORIGIN, withOrigin);
        }
        return http.postForEntity("/api/v1/chat", new HttpEntity<>(body, h), JsonNode.class);
    }

    private JsonNode ok(ResponseEntity<JsonNode> r) {
        assertThat(r.getStatusCode()).as("%s", r.getBody()).isEqualTo(HttpStatus.OK);
        last = r.getBody();
        return last;
    }

    /** Every reply text of the last answer, joined. */
    String text() {
        StringBuilder b = new StringBuilder();
        last.path("replies").forEach(r -> b.append(r.path("text").asText()).append('\n'));
        return b.toString();
    }

    List<String> choices() {
        List<String> ids = new ArrayList<>();
        last.path("replies").forEach(r -> r.path("choices")
                .forEach(c -> ids.add(c.path("id").asText())));
        return ids;
    }

    /** The code the hub sent over WhatsApp (Graph stand-in) to {@code e164}, from the last template. */
    static String codeSentTo(String e164) {
        String to = e164.substring(1);
        List<JsonNode> templates = SandboxChannels.graph().acceptedMessages().stream()
                .filter(m -> to.equals(m.path("to").asText()))
                .filter(m -> "template".equals(m.path("type").asText()))
                .toList();
        assertThat(templates).as("templates to the patient").isNotEmpty();
        JsonNode template = templates.get(templates.size() - 1).path("template");
        return template.path("components")
                .path(0)
                .path("parameters")
                .path(0)
                .path("text")
                .asText();
    }

    static boolean booked(String text) {
        return text.contains("You're booked") || text.contains("התור נקבע");
    }
}
