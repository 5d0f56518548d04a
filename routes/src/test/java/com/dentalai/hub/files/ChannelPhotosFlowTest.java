package com.dentalai.hub.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.ChannelPatients;
import com.dentalai.hub.channels.ChannelPatients.TelegramPatient;
import com.dentalai.hub.channels.ChannelPatients.WhatsAppPatient;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A photo a patient sends on WhatsApp or Telegram, from the real webhook payload to the
 * attachment in (stand-in) Odoo, the derivatives in S3 and the one-line answer on the wire; and
 * the photos that are refused, with nothing stored (tenant smile-tlv, Hebrew by default).
 */
@HubTest
class ChannelPhotosFlowTest {

    private static final String TENANT = "smile-tlv";

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
    private ChannelPatients patients;

    @BeforeEach
    void patients() {
        patients = new ChannelPatients(http, camel, "wamid.P");
    }

    @Test
    void aWhatsAppPhotoFromAKnownNumberLandsInThePatientsOdooFileWithThumbnails() {
        String waId = "97254" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        long patient =
                odoo.seed("patient.patient", Map.of("patient_name", "Photo Patient", "contact_number", "+" + waId));
        byte[] jpeg = TestFiles.jpegWithExifAndXmp("Canon", "Dr Example");
        String mediaId = "4490" + patients.seq();
        graph.putMedia(mediaId, jpeg, "image/jpeg");
        String wamid = patients.wamid();

        photo(
                wa,
                WhatsAppPayloads.image(
                        ChannelPatients.PHONE_NUMBER_ID,
                        waId,
                        "Pat",
                        wamid,
                        mediaId,
                        "image/jpeg",
                        "my gum",
                        ChannelPatients.now()));

        UUID id = ChannelPhotos.fileId(TENANT, "WHATSAPP:" + wamid);
        StoredFile file = awaitRegistered(id);
        assertThat(file.patientRef()).isEqualTo(Long.toString(patient));
        assertThat(file.type().wireName()).isEqualTo("photo");
        assertThat(file.contentType()).isEqualTo("image/jpeg");
        assertThat(file.size()).isEqualTo(jpeg.length);
        assertAttachedWithDerivatives(file, patient);
        assertThat(wa.replies())
                .singleElement()
                .satisfies(r -> assertThat(r.path("text").path("body").asText()).contains("התמונה התקבלה"));
    }

    @Test
    void theSameWhatsAppPhotoTwiceIsOneFileAndOneAnswer() {
        String waId = "97255" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        odoo.seed("patient.patient", Map.of("patient_name", "Twice Patient", "contact_number", "+" + waId));
        String mediaId = "4491" + patients.seq();
        graph.putMedia(mediaId, TestFiles.image("png", 80, 60), "image/png");
        String wamid = patients.wamid();
        String body = WhatsAppPayloads.image(
                ChannelPatients.PHONE_NUMBER_ID, waId, "Pat", wamid, mediaId, "image/png", null, ChannelPatients.now());
        NotifyBuilder two =
                new NotifyBuilder(camel).fromRoute("channel-image").whenDone(2).create();

        patients.postWhatsApp(body);
        patients.postWhatsApp(body);

        assertThat(two.matches(30, TimeUnit.SECONDS)).isTrue();
        UUID id = ChannelPhotos.fileId(TENANT, "WHATSAPP:" + wamid);
        awaitRegistered(id);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> attachmentsNamed(id) == 1);
        assertThat(wa.replies()).hasSize(1);
    }

    @Test
    void aTelegramPhotoAfterThePatientIdentifiedLandsInOdooLargestSizeFirst() {
        long chat = patients.seq();
        TelegramPatient tg = patients.telegram(chat);
        identifyOnTelegram(tg);
        byte[] large = TestFiles.image("jpg", 640, 480);
        String small = "small" + patients.seq();
        String largest = "large" + patients.seq();
        telegram.putFile(small, "photos/file_s" + patients.seq() + ".jpg", TestFiles.image("jpg", 90, 90));
        telegram.putFile(largest, "photos/file_l" + patients.seq() + ".jpg", large);
        long update = patients.update();
        int before = tg.replies().size();

        patients.postTelegram(TelegramPayloads.photo(update, chat, chat, null, small, largest));

        UUID id = ChannelPhotos.fileId(TENANT, "TELEGRAM:tg:" + update);
        StoredFile file = awaitRegistered(id);
        assertThat(file.size()).isEqualTo(large.length);
        assertAttachedWithDerivatives(file, Long.parseLong(file.patientRef()));
        await().atMost(Duration.ofSeconds(30)).until(() -> tg.replies().size() > before);
        assertThat(tg.lastReplyText()).contains("התמונה התקבלה");
    }

    @Test
    void anUnidentifiedTelegramChatIsAskedToIdentifyAndNothingIsFetchedOrStored() {
        long chat = patients.seq();
        TelegramPatient tg = patients.telegram(chat);
        String anon = "anon" + patients.seq();
        telegram.putFile(anon, "photos/file_a" + patients.seq() + ".jpg", TestFiles.image("jpg", 90, 90));
        long update = patients.update();

        patients.postTelegram(TelegramPayloads.photo(update, chat, chat, null, anon));

        await().atMost(Duration.ofSeconds(30)).until(() -> tg.replies().size() == 1);
        assertThat(tg.lastReplyText()).contains("להזדהות");
        assertThat(records.find(TENANT, ChannelPhotos.fileId(TENANT, "TELEGRAM:tg:" + update)))
                .isEmpty();
        assertThat(telegram.calls("getFile"))
                .noneMatch(c -> c.path("file_id").asText().equals(anon));
    }

    @Test
    void aWrongTypeOrOversizePhotoGetsAPoliteAnswerAndNothingIsStored() {
        String waId = "97256" + patients.seq();
        WhatsAppPatient wa = patients.whatsApp(waId);
        odoo.seed("patient.patient", Map.of("patient_name", "Refused Patient", "contact_number", "+" + waId));
        String pdfMedia = "4492" + patients.seq();
        String hugeMedia = "4493" + patients.seq();
        graph.putMedia(pdfMedia, TestFiles.pdf(1, "not a photo"), "image/jpeg");
        byte[] huge = new byte[17 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        graph.putMedia(hugeMedia, huge, "image/jpeg");
        String pdf = patients.wamid();
        String big = patients.wamid();

        photo(
                wa,
                WhatsAppPayloads.image(
                        ChannelPatients.PHONE_NUMBER_ID,
                        waId,
                        "Pat",
                        pdf,
                        pdfMedia,
                        "image/jpeg",
                        null,
                        ChannelPatients.now()));
        photo(
                wa,
                WhatsAppPayloads.image(
                        ChannelPatients.PHONE_NUMBER_ID,
                        waId,
                        "Pat",
                        big,
                        hugeMedia,
                        "image/jpeg",
                        null,
                        ChannelPatients.now()));

        assertThat(wa.replies())
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

    /** Posts a photo webhook and waits for the image route and its one-line answer. */
    private void photo(WhatsAppPatient wa, String body) {
        wa.sendsThrough("channel-image", 60, "photo handled", body);
    }

    /** Dana's own registration (name, then phone) ties the chat to a new patient. */
    private void identifyOnTelegram(TelegramPatient tg) {
        tg.says("אני רוצה לקבוע תור לניקוי שיניים מחר ב-10");
        for (int turn = 0; turn < 4; turn++) {
            String text = tg.lastReplyText();
            if (text.contains("טלפון")) {
                tg.says("050-" + (1000000 + patients.seq() % 8999999));
            } else if (text.contains("שם")) {
                tg.says("פט צלמנית");
            } else {
                return;
            }
        }
    }

    private long attachmentsNamed(UUID id) {
        return odoo.searchRead("ir.attachment", List.of()).stream()
                .filter(a -> String.valueOf(a.get("name")).contains(id.toString()))
                .count();
    }
}
