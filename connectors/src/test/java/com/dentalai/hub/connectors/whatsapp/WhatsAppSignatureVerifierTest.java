package com.dentalai.hub.connectors.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.connectors.StandInCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WhatsAppSignatureVerifierTest {

    private static final String SECRET = StandInCredentials.get("stand-in.whatsapp.app-secret");
    private final WhatsAppSignatureVerifier verifier = new WhatsAppSignatureVerifier(SECRET);

    @Test
    void metaPublishedVectorVerifies() throws Exception {
        byte[] body = Fixtures.bytes("incoming_text_signed.body.json");
        JsonNode vector = new ObjectMapper().readTree(Fixtures.bytes("incoming_text_signed.signature.json"));
        WhatsAppSignatureVerifier meta =
                new WhatsAppSignatureVerifier(vector.path("app_secret").asText());

        assertThat(body).hasSize(vector.path("body_length_bytes").asInt());
        assertThat(meta.isValid(body, vector.path("x_hub_signature_256").asText()))
                .isTrue();

        byte[] withNewline = Arrays.copyOf(body, body.length + 1);
        withNewline[body.length] = '\n';
        assertThat(meta.isValid(withNewline, vector.path("x_hub_signature_256").asText()))
                .isFalse();
        assertThat(verifier.isValid(body, vector.path("x_hub_signature_256").asText()))
                .isFalse();
    }

    @Test
    void ownSignedPayloadVerifiesAndAnyChangeBreaksIt() {
        String body = WhatsAppPayloads.text("1000001", "972501234567", "דנה", "wamid.A1", "שלום 🦷", 1730231903);
        String signature = WhatsAppPayloads.sign(body, SECRET);

        assertThat(verifier.isValid(body.getBytes(StandardCharsets.UTF_8), signature))
                .isTrue();
        assertThat(verifier.isValid(
                        body.getBytes(StandardCharsets.UTF_8),
                        signature.toUpperCase().replace("SHA256=", "sha256=")))
                .as("hex digits in either case")
                .isTrue();
        assertThat(verifier.isValid(body.replace("A1", "A2").getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(verifier.isValid(body.getBytes(StandardCharsets.UTF_8), WhatsAppPayloads.sign(body, "other")))
                .isFalse();
    }

    @Test
    void reSerialisedBodyDoesNotVerify() throws Exception {
        // Meta escapes non-ASCII as \\uXXXX; a JSON library writes the characters, so the bytes differ
        String body = WhatsAppPayloads.text("1000001", "972501234567", "דנה", "wamid.A1", "שלום", 1730231903);
        assertThat(body).contains("\\u05E9").doesNotContain("ש");
        String signature = WhatsAppPayloads.sign(body, SECRET);
        byte[] reSerialised = new ObjectMapper().writeValueAsBytes(new ObjectMapper().readTree(body));

        assertThat(verifier.isValid(reSerialised, signature)).isFalse();
    }

    @Test
    void missingOrMalformedHeadersAreInvalid() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String good = WhatsAppPayloads.sign(body, SECRET);

        assertThat(verifier.isValid(body, good)).isTrue();
        assertThat(verifier.isValid(body, " " + good + " ")).isTrue();
        assertThat(verifier.isValid(body, null)).isFalse();
        assertThat(verifier.isValid(null, good)).isFalse();
        assertThat(verifier.isValid(body, "")).isFalse();
        assertThat(verifier.isValid(body, good.substring(7)))
                .as("no sha256= prefix")
                .isFalse();
        assertThat(verifier.isValid(body, "sha1=" + good.substring(7))).isFalse();
        assertThat(verifier.isValid(body, good.substring(0, good.length() - 2)))
                .as("short")
                .isFalse();
        assertThat(verifier.isValid(body, good.substring(0, good.length() - 1) + "z"))
                .as("not hex")
                .isFalse();
    }

    @Test
    void secretIsRequiredAndNeverShown() {
        assertThatThrownBy(() -> new WhatsAppSignatureVerifier(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WhatsAppSignatureVerifier(null)).isInstanceOf(NullPointerException.class);
        assertThat(verifier.toString()).doesNotContain(SECRET);
    }
}
