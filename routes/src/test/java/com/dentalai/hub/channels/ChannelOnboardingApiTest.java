package com.dentalai.hub.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.platform.security.SecurityTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The onboarding calls: Telegram setWebhook through the Bot API stand-in, WhatsApp's console values. */
@HubTest
class ChannelOnboardingApiTest {

    static final String PASSWORD = StandInCredentials.get("stand-in.users.onboarding-password");

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();
    private final TelegramBotApiStandIn telegram = SandboxChannels.telegram();
    private final String run = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
    private String admin;

    @BeforeEach
    void login() {
        admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
    }

    @Test
    void anAdminRegistersTheTelegramWebhookWithTheSecretToken() throws Exception {
        String branchAdmin = user("tg-admin-" + run, "smile-tlv", "BRANCH_ADMIN");
        int before = telegram.calls("setWebhook").size();

        ResponseEntity<String> r = call(HttpMethod.POST, branchAdmin, "smile-tlv", "telegram/webhook");

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(r.getBody());
        assertThat(answer.path("webhook_url").asText())
                .isEqualTo("https://hub.test.example/webhooks/telegram/smile-tlv");
        assertThat(r.getBody()).doesNotContain(SandboxChannels.TELEGRAM_SECRET);
        assertThat(telegram.calls("setWebhook")).hasSize(before + 1);
        JsonNode sent = telegram.webhook().orElseThrow();
        assertThat(sent.path("url").asText()).isEqualTo("https://hub.test.example/webhooks/telegram/smile-tlv");
        assertThat(sent.path("secret_token").asText()).isEqualTo(SandboxChannels.TELEGRAM_SECRET);
        assertThat(sent.path("allowed_updates").toString()).isEqualTo("[\"message\",\"callback_query\"]");
    }

    @Test
    void aPollingTenantIsNotGivenAWebhook() throws Exception {
        int before = SandboxChannels.jerusalemBot().calls("setWebhook").size();

        ResponseEntity<String> r = call(HttpMethod.POST, admin, "bright-jerusalem", "telegram/webhook");

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(r.getBody()).path("detail").asText()).contains("polling");
        assertThat(SandboxChannels.jerusalemBot().calls("setWebhook")).hasSize(before);
    }

    @Test
    void theTenantsAdminSeesWhatToPasteIntoMetasConsoleAndTheCallIsAudited() throws Exception {
        Instant since = Instant.now().minusSeconds(5);
        String branchAdmin = user("wa-admin-" + run, "smile-tlv", "BRANCH_ADMIN");

        ResponseEntity<String> r = call(HttpMethod.GET, branchAdmin, "smile-tlv", "whatsapp");

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(r.getBody());
        assertThat(answer.path("webhook_url").asText())
                .isEqualTo("https://hub.test.example/webhooks/whatsapp/smile-tlv");
        assertThat(answer.path("verify_token").asText()).isEqualTo(SandboxChannels.VERIFY_TOKEN);
        assertThat(answer.path("phone_number_id").asText()).isEqualTo("1000001");
        assertThat(answer.path("app_secret_set").asBoolean()).isTrue();
        assertThat(r.getBody())
                .doesNotContain(SandboxChannels.APP_SECRET)
                .doesNotContain(SandboxChannels.graph().accessToken());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(auditSince(since))
                .anyMatch(line -> line.contains("channels-whatsapp-setup") && line.contains("smile-tlv")));
    }

    @Test
    void otherTenantsAdminsAndStaffAreRefused() throws Exception {
        String otherAdmin = user("haifa-admin-" + run, "bright-haifa", "BRANCH_ADMIN");
        String dentist = user("wa-dentist-" + run, "smile-tlv", "DENTIST");
        int before = telegram.calls("setWebhook").size();

        assertThat(call(HttpMethod.GET, otherAdmin, "smile-tlv", "whatsapp").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.GET, dentist, "smile-tlv", "whatsapp").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.POST, dentist, "smile-tlv", "telegram/webhook")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/admin/tenants/smile-tlv/channels/whatsapp", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(telegram.calls("setWebhook")).hasSize(before);
    }

    @Test
    void aTenantWithoutTheChannelIsANotFound() {
        ResponseEntity<String> r = call(HttpMethod.GET, admin, "bright-jerusalem", "whatsapp");

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ------------------------------------------------------------------ helpers

    private ResponseEntity<String> call(HttpMethod method, String token, String tenant, String what) {
        return http.exchange(
                "/api/v1/admin/tenants/" + tenant + "/channels/" + what,
                method,
                new HttpEntity<>(SecurityTestSupport.bearer(token)),
                String.class);
    }

    private String user(String username, String tenant, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("display_name", "Test " + username);
        body.put("tenant", tenant);
        body.put("roles", List.of(role));
        body.put("password", PASSWORD);
        ResponseEntity<String> r = http.exchange(
                "/api/v1/admin/users",
                HttpMethod.POST,
                new HttpEntity<>(body, SecurityTestSupport.bearer(admin)),
                String.class);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
        return SecurityTestSupport.login(http, username, PASSWORD);
    }

    private List<String> auditSince(Instant since) {
        ResponseEntity<String> csv = http.exchange(
                "/api/v1/audit/export.csv?verbs=route.enter&from=" + since,
                HttpMethod.GET,
                new HttpEntity<>(SecurityTestSupport.bearer(admin)),
                String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        return csv.getBody() == null ? List.of() : List.of(csv.getBody().split("\n"));
    }
}
