package com.dentalai.hub.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.ChannelPatients;
import com.dentalai.hub.channels.ChannelPatients.TelegramPatient;
import com.dentalai.hub.channels.ChannelPatients.WhatsAppPatient;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** From a real channel payload to the appointment in (stand-in) Odoo and the reply on the wire. */
@HubTest
class PatientConversationFlowTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    private final GraphApiStandIn graph = SandboxChannels.graph();
    private final TelegramBotApiStandIn telegram = SandboxChannels.telegram();
    private ChannelPatients patients;

    @BeforeEach
    void patients() {
        patients = new ChannelPatients(http, camel, "wamid.T");
    }

    @Test
    void aWhatsAppPatientBooksInEnglishAndTheAppointmentIsInOdoo() {
        WhatsAppPatient pat = patients.whatsApp("97250" + patients.seq());
        int appointmentsBefore = appointments();

        List<String> seen = new ArrayList<>();
        pat.says("I want to book a cleaning tomorrow at 10");
        for (int turn = 0; turn < 8 && !booked(seen); turn++) {
            JsonNode last = pat.lastReply();
            seen.add(last.toString());
            String pick = pick(ChannelPatients.whatsAppOptions(last));
            if (pick != null) {
                pat.taps(pick);
            } else if (last.toString().toLowerCase().contains("name")) {
                pat.says("Pat Tester");
            } else if (!booked(List.of(last.toString()))) {
                throw new AssertionError("unexpected reply: " + graph.acceptedMessages());
            }
            seen.add(pat.lastReply().toString());
        }

        assertThat(booked(seen)).as("conversation: %s", seen).isTrue();
        assertThat(appointments()).isEqualTo(appointmentsBefore + 1);
    }

    @Test
    void aTelegramPatientBooksInHebrew() {
        long chat = patients.seq();
        TelegramPatient pat = patients.telegram(chat);
        int appointmentsBefore = appointments();
        List<String> seen = new ArrayList<>();
        pat.says("אני רוצה לקבוע תור לניקוי שיניים מחר ב-10");
        for (int turn = 0; turn < 10 && !booked(seen); turn++) {
            JsonNode last = pat.lastReply();
            seen.add(last.toString());
            String pick = pick(ChannelPatients.telegramOptions(last));
            String text = last.path("text").asText();
            if (pick != null) {
                pat.taps(pick);
            } else if (text.contains("טלפון")) {
                pat.says("050-" + (1000000 + patients.seq() % 8999999));
            } else if (text.contains("שם")) {
                pat.says("פט טסטר");
            } else if (!booked(List.of(last.toString()))) {
                throw new AssertionError("unexpected reply: " + telegram.acceptedMessages());
            }
            seen.add(pat.lastReply().toString());
        }

        assertThat(booked(seen)).as("conversation: %s", seen).isTrue();
        assertThat(appointments()).isEqualTo(appointmentsBefore + 1);
        assertThat(telegram.answeredCallbacks()).isNotEmpty();
    }

    @Test
    void aForgedSignatureIs401AndNothingIsSent() {
        String waId = "97252" + patients.seq();
        String body = patients.whatsApp(waId).textPayload("hello");

        ResponseEntity<String> forged = patients.post(
                "/webhooks/whatsapp/smile-tlv", body, WhatsAppPayloads.sign(body, "not-the-app-secret"), null);
        ResponseEntity<String> missing = patients.post("/webhooks/whatsapp/smile-tlv", body, null, null);
        ResponseEntity<String> unknown = patients.post(
                "/webhooks/whatsapp/no-such-clinic",
                body,
                WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET),
                null);
        ResponseEntity<String> badTelegram = patients.post("/webhooks/telegram/smile-tlv", "{}", null, "wrong");

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(badTelegram.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(graph.acceptedMessages().stream()
                        .filter(m -> waId.equals(m.path("to").asText())))
                .isEmpty();
    }

    @Test
    void theSameWebhookTwiceHasOneEffectAndVerificationEchoesTheChallenge() {
        String waId = "97253" + patients.seq();
        String body = patients.whatsApp(waId).textPayload("what are your opening hours?");
        NotifyBuilder two = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(2)
                .create();

        assertThat(patients.post(
                                "/webhooks/whatsapp/smile-tlv",
                                body,
                                WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET),
                                null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(patients.post(
                                "/webhooks/whatsapp/smile-tlv",
                                body,
                                WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET),
                                null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(two.matches(30, TimeUnit.SECONDS)).isTrue();

        assertThat(graph.acceptedMessages().stream()
                        .filter(m -> waId.equals(m.path("to").asText())))
                .hasSize(1);
        ResponseEntity<String> ok = http.getForEntity(
                "/webhooks/whatsapp/smile-tlv?hub.mode=subscribe&hub.verify_token={t}&hub.challenge=1158201444",
                String.class,
                SandboxChannels.VERIFY_TOKEN);
        ResponseEntity<String> wrong = http.getForEntity(
                "/webhooks/whatsapp/smile-tlv?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1", String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody()).isEqualTo("1158201444");
        assertThat(ok.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN))
                .isTrue();
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // ------------------------------------------------------------------ helpers

    /** Confirm when asked, else take the first offered time. */
    private static String pick(List<String> ids) {
        return ids.stream()
                .filter(id -> id.startsWith("yes:"))
                .findFirst()
                .or(() -> ids.stream().filter(id -> id.startsWith("slot:")).findFirst())
                .orElse(null);
    }

    private static boolean booked(List<String> replies) {
        return replies.stream().anyMatch(r -> r.contains("You're booked") || r.contains("התור נקבע"));
    }

    private static int appointments() {
        return SandboxOdoo.server().searchRead("patient.appointment", List.of()).size();
    }
}
