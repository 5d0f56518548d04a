package com.dentalai.hub.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/v1/chat} and {@code GET /chat/{tenant}} as CONTRACTS.md gives them. */
@HubTest
class WebChatApiTest {

    @Autowired
    TestRestTemplate http;

    private WebChatClient smile() {
        return new WebChatClient(http, "smile-tlv", WebChatClient.SMILE_ORIGIN);
    }

    @Test
    void answersRepliesWithChoicesAndAChoiceComesBackAsItsId() {
        WebChatClient chat = smile();

        JsonNode hello = chat.say("hello");

        assertThat(hello.fieldNames()).toIterable().containsExactly("replies");
        JsonNode reply = hello.path("replies").path(0);
        assertThat(reply.path("text").asText()).isNotBlank();
        assertThat(reply.path("choices").isArray()).isTrue();
        assertThat(chat.choices()).contains("menu:hours");
        JsonNode choice = hello.path("replies").findValue("choices").path(0);
        assertThat(choice.fieldNames()).toIterable().containsExactly("id", "title");

        chat.tap("menu:hours");
        assertThat(chat.text()).contains("08:00");
    }

    @Test
    void hebrewAndEnglishAreAnsweredInTheirLanguage() {
        WebChatClient chat = smile();

        chat.say("what are your opening hours?");
        assertThat(chat.text()).contains("08:00").doesNotContainPattern("[\\u05D0-\\u05EA]");
        chat.say("מה שעות הפתיחה?");
        assertThat(chat.text()).contains("08:00").containsPattern("[\\u05D0-\\u05EA]");
    }

    @Test
    void badBodiesAre400NamingTheField() {
        WebChatClient chat = smile();

        assertThat(field(chat.raw("{not json", WebChatClient.SMILE_ORIGIN))).isEqualTo("body");
        assertThat(field(chat.post(chat.body()))).isEqualTo("text");
        assertThat(field(chat.post(chat.body().put("text", "x".repeat(4001))))).isEqualTo("text");
        assertThat(field(chat.post(chat.body().put("text", "hi").put("choice", "menu:book"))))
                .isEqualTo("choice");
        assertThat(field(chat.raw("{\"session_id\":\"abcdefgh1\",\"text\":\"hi\"}", WebChatClient.SMILE_ORIGIN)))
                .isEqualTo("tenant");
        assertThat(field(chat.post(chat.body().put("session_id", "x").put("text", "hi"))))
                .isEqualTo("session_id");
        ResponseEntity<JsonNode> longest = chat.post(chat.body().put("text", "😀".repeat(4000)));
        assertThat(longest.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownTenantIs404AndForeignOrMissingOriginIs403() {
        WebChatClient chat = smile();
        String body = chat.body().put("text", "hi").toString();

        ResponseEntity<JsonNode> unknown = chat.raw(
                chat.body().put("tenant", "no-such-clinic").put("text", "hi").toString(), WebChatClient.SMILE_ORIGIN);
        ResponseEntity<JsonNode> foreign = chat.raw(body, "https://evil.example");
        ResponseEntity<JsonNode> otherTenants = chat.raw(body, "https://haifa.bright.example");
        ResponseEntity<JsonNode> missing = chat.raw(body, null);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getBody().path("type").asText()).endsWith("origin-not-allowed");
        assertThat(otherTenants.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getHeaders().getFirst("X-Correlation-Id")).isNotBlank();
    }

    @Test
    void preflightIsAnsweredForAllowedOriginsOnly() {
        ResponseEntity<String> allowed = preflight(WebChatClient.SMILE_ORIGIN);
        ResponseEntity<String> refused = preflight("https://evil.example");

        assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(allowed.getHeaders().getAccessControlAllowOrigin()).isEqualTo(WebChatClient.SMILE_ORIGIN);
        assertThat(allowed.getHeaders().getAccessControlAllowMethods()).contains(HttpMethod.POST);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    @Test
    void overTheSessionLimitIs429WithRetryAfter() {
        // invalid bodies are refused after the limit is counted: cheap requests that still count
        WebChatClient own = new WebChatClient(http, "bright-beersheva", null);
        WebChatClient other = new WebChatClient(http, "bright-beersheva", null);
        List<HttpStatus> seen = new ArrayList<>();
        ResponseEntity<JsonNode> r = null;
        for (int i = 0; i < 40; i++) {
            r = own.raw(own.body().toString(), selfOrigin());
            seen.add(HttpStatus.valueOf(r.getStatusCode().value()));
            if (r.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
                break;
            }
        }

        assertThat(seen).as("statuses").contains(HttpStatus.BAD_REQUEST);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(seen.indexOf(HttpStatus.TOO_MANY_REQUESTS)).isEqualTo(30);
        assertThat(Long.parseLong(r.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                .isBetween(1L, 60L);
        assertThat(r.getBody().path("status").asInt()).isEqualTo(429);
        // another session is not held back by this one
        assertThat(other.raw(other.body().toString(), selfOrigin()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theSameMessageIdTwiceGetsTheFirstAnswerWithoutASecondTurn() {
        WebChatClient chat = smile();
        JsonNode body = chat.body().put("text", "hello").put("message_id", "m-1");

        JsonNode first = chat.post(body).getBody();
        JsonNode again = chat.post(body).getBody();
        JsonNode other = chat.post(chat.body().put("text", "hello").put("message_id", "m-2"))
                .getBody();

        assertThat(again).isEqualTo(first);
        assertThat(other.path("replies")).isNotEmpty();
    }

    @Test
    void theWidgetPageIsRightToLeftForHebrewTenantsAnd404ForUnknownOnes() {
        ResponseEntity<String> he = http.getForEntity("/chat/smile-tlv", String.class);
        ResponseEntity<String> en = http.getForEntity("/chat/bright-beersheva", String.class);
        ResponseEntity<String> unknown = http.getForEntity("/chat/no-such-clinic", String.class);
        ResponseEntity<String> script = http.getForEntity("/chat/assets/webchat.js", String.class);

        assertThat(he.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(he.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(he.getBody()).contains("lang=\"he\" dir=\"rtl\"").contains("data-tenant=\"smile-tlv\"");
        assertThat(he.getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'self' https://smile.example");
        assertThat(en.getBody()).contains("lang=\"en\" dir=\"ltr\"");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody()).contains("session_id");
    }

    private String selfOrigin() {
        return http.getRootUri();
    }

    private ResponseEntity<String> preflight(String origin) {
        HttpHeaders h = new HttpHeaders();
        h.setOrigin(origin);
        h.setAccessControlRequestMethod(HttpMethod.POST);
        h.setAccessControlRequestHeaders(List.of("content-type"));
        return http.exchange("/api/v1/chat", HttpMethod.OPTIONS, new HttpEntity<>(h), String.class);
    }

    private static String field(ResponseEntity<JsonNode> r) {
        assertThat(r.getStatusCode()).as("%s", r.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        return r.getBody().path("errors").path(0).path("field").asText();
    }
}
