package com.dentalai.hub.connectors.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhatsAppVerificationTest {

    @Test
    void metaHandshakeFromTheFixtureEchoesTheChallenge() {
        String requestLine = new String(Fixtures.bytes("webhook_verification_request.http"), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow();
        Map<String, String> query = query(URI.create(requestLine.split(" ")[1]).getRawQuery());

        assertThat(new WhatsAppVerification("meatyhamhock").challenge(query)).contains("1158201444");
        assertThat(new WhatsAppVerification("another-token").challenge(query)).isEmpty();
    }

    @Test
    void onlySubscribeWithTheRightTokenAndASafeChallengePasses() {
        WhatsAppVerification verification = new WhatsAppVerification("s3cret");

        assertThat(verification.challenge("subscribe", "s3cret", "42")).contains("42");
        assertThat(verification.challenge("unsubscribe", "s3cret", "42")).isEmpty();
        assertThat(verification.challenge(null, "s3cret", "42")).isEmpty();
        assertThat(verification.challenge("subscribe", "S3CRET", "42")).isEmpty();
        assertThat(verification.challenge("subscribe", null, "42")).isEmpty();
        assertThat(verification.challenge("subscribe", "s3cret", null)).isEmpty();
        assertThat(verification.challenge("subscribe", "s3cret", "<script>")).isEmpty();
        assertThat(verification.challenge(Map.of("hub.mode", "subscribe"))).isEmpty();
        assertThat(verification.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> new WhatsAppVerification("")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return query;
    }
}
