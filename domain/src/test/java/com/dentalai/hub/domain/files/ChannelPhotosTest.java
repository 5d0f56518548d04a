package com.dentalai.hub.domain.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.channel.OutboundMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelPhotosTest {

    private static final long LIMIT = 5L * 1024 * 1024;

    @Test
    void aJpegOrPngWithinTheLimitMayBeStored() {
        assertThat(ChannelPhotos.refusal(1000, LIMIT, Optional.of("image/jpeg")))
                .isEmpty();
        assertThat(ChannelPhotos.refusal(LIMIT, LIMIT, Optional.of("image/png")))
                .isEmpty();
    }

    @Test
    void oversizeEmptyAndOtherTypesAreRefused() {
        assertThat(ChannelPhotos.refusal(LIMIT + 1, LIMIT, Optional.of("image/jpeg")))
                .contains(ChannelPhotos.Outcome.TOO_LARGE);
        assertThat(ChannelPhotos.refusal(FileType.PHOTO.maxBytes() + 1, Long.MAX_VALUE, Optional.of("image/jpeg")))
                .as("never above the presigned photo limit")
                .contains(ChannelPhotos.Outcome.TOO_LARGE);
        assertThat(ChannelPhotos.refusal(0, LIMIT, Optional.of("image/jpeg")))
                .contains(ChannelPhotos.Outcome.NOT_A_PHOTO);
        assertThat(ChannelPhotos.refusal(10, LIMIT, Optional.of("application/pdf")))
                .contains(ChannelPhotos.Outcome.NOT_A_PHOTO);
        assertThat(ChannelPhotos.refusal(10, LIMIT, Optional.empty())).contains(ChannelPhotos.Outcome.NOT_A_PHOTO);
    }

    @Test
    void theSameMessageAlwaysMapsToTheSameFile() {
        assertThat(ChannelPhotos.fileId("smile-tlv", "WHATSAPP:wamid.1"))
                .isEqualTo(ChannelPhotos.fileId("smile-tlv", "WHATSAPP:wamid.1"))
                .isNotEqualTo(ChannelPhotos.fileId("smile-tlv", "WHATSAPP:wamid.2"))
                .isNotEqualTo(ChannelPhotos.fileId("bright-hq", "WHATSAPP:wamid.1"));
    }

    @Test
    void everyOutcomeHasAShortReplyInBothLanguages() {
        for (ChannelPhotos.Outcome outcome : ChannelPhotos.Outcome.values()) {
            OutboundMessage.Text en = (OutboundMessage.Text) ChannelPhotos.reply(outcome, "en", LIMIT);
            OutboundMessage.Text he = (OutboundMessage.Text) ChannelPhotos.reply(outcome, "he", LIMIT);
            assertThat(en.body()).isNotBlank().hasSizeLessThan(200).isNotEqualTo(he.body());
            assertThat(he.body()).isNotBlank().hasSizeLessThan(200);
        }
        assertThat(((OutboundMessage.Text) ChannelPhotos.reply(ChannelPhotos.Outcome.TOO_LARGE, "en", LIMIT)).body())
                .contains("5 MB");
        assertThat(((OutboundMessage.Text) ChannelPhotos.reply(ChannelPhotos.Outcome.RECEIVED, "en", LIMIT)).body())
                .contains("received");
    }
}
