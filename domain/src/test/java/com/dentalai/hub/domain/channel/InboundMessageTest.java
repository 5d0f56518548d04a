package com.dentalai.hub.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.channel.DeliveryStatus.State;
import com.dentalai.hub.domain.channel.MessageContent.Choice;
import com.dentalai.hub.domain.channel.MessageContent.Command;
import com.dentalai.hub.domain.channel.MessageContent.ContactShared;
import com.dentalai.hub.domain.channel.MessageContent.Image;
import com.dentalai.hub.domain.channel.MessageContent.Location;
import com.dentalai.hub.domain.channel.MessageContent.Text;
import com.dentalai.hub.domain.channel.MessageContent.Unsupported;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InboundMessageTest {

    @Test
    void toStringLeavesOutPhi() {
        InboundMessage message = new InboundMessage(
                "smile",
                Channel.WHATSAPP,
                "wamid.1",
                "972501234567",
                "Dana Levi",
                "+972501234567",
                Instant.EPOCH,
                new Text("my tooth hurts"));
        assertThat(message.toString())
                .contains("wamid.1", "text", "smile")
                .doesNotContain("Dana", "972501234567", "tooth");
    }

    @Test
    void requiredFieldsAreChecked() {
        assertThatThrownBy(() -> new InboundMessage(
                        "t", Channel.TELEGRAM, "tg:1", null, null, null, Instant.EPOCH, new Text("x")))
                .hasMessage("conversationKey");
        assertThatThrownBy(() -> new Text(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyContentHasAKind() {
        assertThat(new Text("x").kind()).isEqualTo("text");
        assertThat(new Choice("a", "A", "wamid.0").acknowledgeToken()).isNull();
        assertThat(new Choice("a", null, null, "cb").kind()).isEqualTo("choice");
        assertThat(new Image("m", "image/jpeg", null).kind()).isEqualTo("image");
        assertThat(new ContactShared("+1", true).kind()).isEqualTo("contact");
        assertThat(new Command("start", null).payload()).isEmpty();
        assertThat(new Command("start", "x").kind()).isEqualTo("command");
        assertThat(new Location(32.1, 34.8, null, null).kind()).isEqualTo("location");
        assertThat(new Unsupported("sticker").kind()).isEqualTo("sticker");
        assertThat(new Unsupported(" ").kind()).isEqualTo("unknown");
        assertThat(new Unsupported(null).kind()).isEqualTo("unknown");
    }

    @Test
    void sharedPhonesAreNormalised() {
        assertThat(ContactShared.normalisePhone("972501234567")).isEqualTo("+972501234567");
        assertThat(ContactShared.normalisePhone("+972 50-123-4567")).isEqualTo("+972501234567");
        assertThat(ContactShared.normalisePhone("00972501234567")).isEqualTo("+972501234567");
        assertThat(ContactShared.normalisePhone("0788531373")).isEqualTo("0788531373");
        assertThat(ContactShared.normalisePhone("n/a")).isEqualTo("n/a");
    }

    @Test
    void deliveryStatesOnlyMoveForward() {
        assertThat(State.READ.isAfter(State.DELIVERED)).isTrue();
        assertThat(State.DELIVERED.isAfter(State.READ)).isFalse();
        assertThat(State.FAILED.isAfter(State.SENT)).isFalse();
        assertThat(State.SENT.isAfter(null)).isFalse();

        DeliveryStatus status = new DeliveryStatus(
                "t", "wamid.1", "972501234567", State.FAILED, 131047, "Re-engagement", Instant.EPOCH);
        assertThat(status.toString()).contains("131047").doesNotContain("972501234567");
        assertThat(new DeliveryStatus("t", "wamid.1", null, State.SENT, null, null, Instant.EPOCH).toString())
                .doesNotContain("errorCode");
    }

    @Test
    void sendFailuresSayWhatToDo() {
        ChannelSendException retry = new ChannelSendException(
                Channel.TELEGRAM, ChannelSendException.Kind.RETRYABLE, 429, Duration.ofSeconds(5), "slow down");
        assertThat(retry.isRetryable()).isTrue();
        assertThat(retry.retryAfter()).contains(Duration.ofSeconds(5));
        assertThat(retry.providerCode()).contains(429);
        assertThat(retry.channel()).isEqualTo(Channel.TELEGRAM);

        WindowClosedException closed = new WindowClosedException(131047, "window closed");
        assertThat(closed.kind()).isEqualTo(ChannelSendException.Kind.WINDOW_CLOSED);
        assertThat(closed.isRetryable()).isFalse();
        assertThat(closed.retryAfter()).isEmpty();

        assertThat(new MalformedPayloadException("bad", new IllegalStateException()).getCause())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mediaComparesByContentAndHidesBytes() {
        ChannelMedia media = new ChannelMedia(new byte[] {1, 2, 3}, null);
        assertThat(media.mimeType()).isEqualTo("application/octet-stream");
        assertThat(media).isEqualTo(new ChannelMedia(new byte[] {1, 2, 3}, "application/octet-stream"));
        assertThat(media).hasSameHashCodeAs(new ChannelMedia(new byte[] {1, 2, 3}, " "));
        assertThat(media).isNotEqualTo(new ChannelMedia(new byte[] {1, 2, 3}, "image/jpeg"));
        assertThat(media.size()).isEqualTo(3);
        assertThat(media.toString()).isEqualTo("ChannelMedia[application/octet-stream, 3 bytes]");
    }
}
