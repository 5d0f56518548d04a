package com.dentalai.hub.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.media.TestFiles;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.telegram.TelegramPayloads;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.domain.files.ChannelPhotos;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A photo a patient sends on WhatsApp or Telegram, from the real webhook payload to the
 * attachment in (stand-in) Odoo, the derivatives in S3 and the one-line answer on the wire; and
 * the photos that are refused, with nothing stored (tenant smile-tlv, Hebrew by default).
 */
@HubTest
class ChannelPhotosFlowTest {

    private static final String TENANT = "smile-tlv";
    private static final String PHONE_NUMBER_ID = "1000001";

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    @Autowired
    FileRecords records;

    @Autowired
    S3ObjectStore store;

    private final GraphApiStandIn graph = SandboxChannels.graph();
    private final TelegramBotApiStandIn telegram = SandboxChannels.telegram();
    private final OdooStandInServer odoo = SandboxOdoo.server();
    private long seq = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    @Test
    void aWhatsAppPhotoFromAKnownNumberLandsInThePatientsOdooFileWithThumbnails() {
        String waId = "97254" + seq;
        long patient =
                odoo.seed("patient.patient", Map.of("patient_name", "Photo Patient", "contact_number", "+" + waId));
        byte[] jpeg = TestFiles.jpegWithExifAndXmp("Canon", "Dr Example");
        String mediaId = "4490" + seq;
        graph.putMedia(mediaId, jpeg, "image/jpeg");
        String wamid = wamid();

        whatsapp(WhatsAppPayloads.image(PHONE_NUMBER_ID, waId, "Pat", wamid, mediaId, "image/jpeg", "my gum", now()));

        UUID id = ChannelPhotos.fileId(TENANT, "WHATSAPP:" + wamid);
        StoredFile file = awaitRegistered(id);
        assertThat(file.patientRef()).isEqualTo(Long.toString(patient));
        assertThat(file.type().wireName()).isEqualTo("photo");
        assertThat(file.contentType()).isEqualTo("image/jpeg");
        assertThat(file.size()).isEqualTo(jpeg.length);
        assertAttachedWithDerivatives(file, patient);
        assertThat(repliesTo(waId))
                .singleElement()
                .satisfies(r -> assertThat(r.path("text").path("body").asText()).contains("התמונה התקבלה"));
    }

    @Test
    void theSameWhatsAppPhotoTwiceIsOneFileAndOneAnswer() {
        String waId = "97255" + seq;
        odoo.seed("patient.patient", Map.of("patient_name", "Twice Patient", "contact_number", "+" + waId));
        String mediaId = "4491" + seq;
        graph.putMedia(mediaId, TestFiles.image("png", 80, 60), "image/png");
        String wamid = wamid();
        String body = WhatsAppPayloads.image(PHONE_NUMBER_ID, waId, "Pat", wamid, mediaId, "image/png", null, now());
        NotifyBuilder two =
                new NotifyBuilder(camel).fromRoute("channel-image").whenDone(2).create();

        postWhatsApp(body);
        postWhatsApp(body);

        assertThat(two.matches(30, TimeUnit.SECONDS)).isTrue();
        UUID id = ChannelPhotos.fileId(TENANT, "WHATSAPP:" + wamid);
        awaitRegistered(id);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> attachmentsNamed(id) == 1);
        assertThat(repliesTo(waId)).hasSize(1);
    }

    @Test
    void aTelegramPhotoAfterThePatientIdentifiedLandsInOdooLargestSizeFirst() {
        long chat = seq;
        identifyOnTelegram(chat);
        byte[] large = TestFiles.image("jpg", 640, 480);
        String small = "small" + seq;
        String largest = "large" + seq;
        telegram.putFile(small, "photos/file_s" + seq + ".jpg", TestFiles.image("jpg", 90, 90));
        telegram.putFile(largest, "photos/file_l" + seq + ".jpg", large);
        long update = update();
        int before = telegramCount(chat);

        telegram(TelegramPayloads.photo(update, chat, chat, null, small, largest));

        UUID id = ChannelPhotos.fileId(TENANT, "TELEGRAM:tg:" + update);
        StoredFile file = awaitRegistered(id);
        assertThat(file.size()).isEqualTo(large.length);
        assertAttachedWithDerivatives(file, Long.parseLong(file.patientRef()));
        await().atMost(Duration.ofSeconds(30)).until(() -> telegramCount(chat) > before);
        assertThat(lastTelegramTo(chat).path("text").asText()).contains("התמונה התקבלה");
    }

    @Test
    void anUnidentifiedTelegramChatIsAskedToIdentifyAndNothingIsFetchedOrStored() {
        long chat = seq;
        String anon = "anon" + seq;
        telegram.putFile(anon, "photos/file_a" + seq + ".jpg", TestFiles.image("jpg", 90, 90));
        long update = update();

        telegram(TelegramPayloads.photo(update, chat, chat, null, anon));

        await().atMost(Duration.ofSeconds(30)).until(() -> telegramCount(chat) == 1);
        assertThat(lastTelegramTo(chat).path("text").asText()).contains("להזדהות");
        assertThat(records.find(TENANT, ChannelPhotos.fileId(TENANT, "TELEGRAM:tg:" + update)))
                .isEmpty();
        assertThat(telegram.calls("getFile"))
                .noneMatch(c -> c.path("file_id").asText().equals(anon));
    }

    @Test
    void aWrongTypeOrOversizePhotoGetsAPoliteAnswerAndNothingIsStored() {
        String waId = "97256" + seq;
        odoo.seed("patient.patient", Map.of("patient_name", "Refused Patient", "contact_number", "+" + waId));
        String pdfMedia = "4492" + seq;
        String hugeMedia = "4493" + seq;
        graph.putMedia(pdfMedia, TestFiles.pdf(1, "not a photo"), "image/jpeg");
        byte[] huge = new byte[17 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        graph.putMedia(hugeMedia, huge, "image/jpeg");
        String pdf = wamid();
        String big = wamid();

        whatsapp(WhatsAppPayloads.image(PHONE_NUMBER_ID, waId, "Pat", pdf, pdfMedia, "image/jpeg", null, now()));
        whatsapp(WhatsAppPayloads.image(PHONE_NUMBER_ID, waId, "Pat", big, hugeMedia, "image/jpeg", null, now()));

        assertThat(repliesTo(waId))
                .extracting(r -> r.path("text").path("body").asText())
                .satisfiesExactly(first -> assertThat(first).contains("JPEG"), second -> assertThat(second)
                        .contains("גדולה מדי"));
        assertThat(records.find(TENANT, ChannelPhotos.fileId(TENANT, "WHATSAPP:" + pdf)))
                .isEmpty();
        assertThat(records.find(TENANT, ChannelPhotos.fileId(TENANT, "WHATSAPP:" + big)))
                .isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private StoredFile awaitRegistered(UUID id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> records.find(TENANT, id)
                .map(f -> f.status() == StoredFile.Status.REGISTERED)
                .orElse(false));
        return records.find(TENANT, id).orElseThrow();
    }

    private void assertAttachedWithDerivatives(StoredFile file, long patient) {
        String prefix = file.objectKey().substring(0, file.objectKey().length() - "original".length());
        assertThat(file.objectKey()).startsWith("tenants/" + TENANT + "/patients/" + patient + "/" + file.id() + "/");
        assertThat(store.list(prefix))
                .contains(
                        file.objectKey(),
                        prefix + "thumb-256.jpg",
                        prefix + "preview-1024.jpg",
                        prefix
                                + "deidentified.jpg"
                                        .replace(".jpg", file.contentType().endsWith("png") ? ".png" : ".jpg"));
        List<Map<String, Object>> attachments =
                odoo.searchRead("ir.attachment", List.of(List.of("id", "=", Long.parseLong(file.odooRef()))));
        assertThat(attachments).singleElement().satisfies(a -> {
            assertThat(a.get("res_model")).isEqualTo("patient.patient");
            assertThat(a.get("res_id")).isEqualTo(patient);
            assertThat(a.get("mimetype")).isEqualTo("image/jpeg");
            assertThat((String) a.get("name")).isEqualTo("photo-" + file.id() + "-thumbnail.jpg");
        });
    }

    /** Dana's own registration (name, then phone) ties the chat to a new patient. */
    private void identifyOnTelegram(long chat) {
        conversationTurn(
                TelegramPayloads.text(update(), chat, chat, "פט", "אני רוצה לקבוע תור לניקוי שיניים מחר ב-10"));
        for (int turn = 0; turn < 4; turn++) {
            String text = lastTelegramTo(chat).path("text").asText();
            if (text.contains("טלפון")) {
                conversationTurn(TelegramPayloads.text(update(), chat, chat, "פט", "050-" + (1000000 + seq % 8999999)));
            } else if (text.contains("שם")) {
                conversationTurn(TelegramPayloads.text(update(), chat, chat, "פט", "פט צלמנית"));
            } else {
                return;
            }
        }
    }

    private void conversationTurn(String body) {
        long chat = chatOf(body);
        int before = telegramCount(chat);
        NotifyBuilder done = new NotifyBuilder(camel)
                .fromRoute("conversation-turn")
                .whenDone(1)
                .create();
        telegram(body);
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("turn done").isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> telegramCount(chat) > before);
    }

    private void whatsapp(String body) {
        String waId = waIdOf(body);
        int before = repliesTo(waId).size();
        NotifyBuilder done =
                new NotifyBuilder(camel).fromRoute("channel-image").whenDone(1).create();
        postWhatsApp(body);
        assertThat(done.matches(60, TimeUnit.SECONDS)).as("photo handled").isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> repliesTo(waId).size() > before);
    }

    private void postWhatsApp(String body) {
        ResponseEntity<String> r = post(
                "/webhooks/whatsapp/" + TENANT, body, WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET), null);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void telegram(String body) {
        ResponseEntity<String> r = post("/webhooks/telegram/" + TENANT, body, null, SandboxChannels.TELEGRAM_SECRET);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> post(String path, String body, String signature, String telegramSecret) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            h.set("X-Hub-Signature-256", signature);
        }
        if (telegramSecret != null) {
            h.set("X-Telegram-Bot-Api-Secret-Token", telegramSecret);
        }
        return http.postForEntity(path, new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), h), String.class);
    }

    private List<JsonNode> repliesTo(String waId) {
        return graph.acceptedMessages().stream()
                .filter(m -> waId.equals(m.path("to").asText()))
                .toList();
    }

    private int telegramCount(long chat) {
        return (int) telegram.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asText().equals(Long.toString(chat)))
                .count();
    }

    private JsonNode lastTelegramTo(long chat) {
        List<JsonNode> mine = telegram.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asText().equals(Long.toString(chat)))
                .toList();
        assertThat(mine).as("replies to chat %s", chat).isNotEmpty();
        return mine.get(mine.size() - 1);
    }

    private long attachmentsNamed(UUID id) {
        return odoo.searchRead("ir.attachment", List.of()).stream()
                .filter(a -> String.valueOf(a.get("name")).contains(id.toString()))
                .count();
    }

    private static String waIdOf(String webhook) {
        return read(webhook)
                .path("entry")
                .path(0)
                .path("changes")
                .path(0)
                .path("value")
                .path("contacts")
                .path(0)
                .path("wa_id")
                .asText();
    }

    private static long chatOf(String update) {
        return read(update).path("message").path("chat").path("id").asLong();
    }

    private static JsonNode read(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String wamid() {
        return "wamid.P" + (++seq);
    }

    private long update() {
        return ++seq;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
