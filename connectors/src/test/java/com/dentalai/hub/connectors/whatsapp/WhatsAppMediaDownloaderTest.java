package com.dentalai.hub.connectors.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dentalai.hub.domain.channel.ChannelMedia;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.ChannelSendException.Kind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WhatsAppMediaDownloaderTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x11, 0x22};
    private static GraphApiStandIn graph;
    private static WhatsAppAccount account;

    @BeforeAll
    static void start() {
        graph = new GraphApiStandIn().start();
        account = new WhatsAppAccount("1000001", graph.accessToken());
    }

    @BeforeEach
    void media() {
        graph.reset();
        graph.putMedia("65463453", JPEG, "image/jpeg");
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void looksUpTheUrlThenDownloadsWithTheToken() {
        WhatsAppMediaDownloader downloader =
                new WhatsAppMediaDownloader(WhatsAppApiSettings.defaults().withBaseUrl(graph.url()));

        ChannelMedia media = downloader.download(account, "65463453");

        assertThat(media).isEqualTo(new ChannelMedia(JPEG, "image/jpeg"));
        assertThat(graph.requests())
                .filteredOn(r -> r.path().contains("65463453"))
                .extracting(GraphApiStandIn.Recorded::path)
                .containsExactly("/v21.0/65463453", "/media-download/65463453");
        assertThat(graph.requests())
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + graph.accessToken()));
    }

    @Test
    void refusesFilesAboveTheLimit() {
        WhatsAppMediaDownloader small = new WhatsAppMediaDownloader(
                new WhatsAppApiSettings(graph.url(), "v21.0", Duration.ofSeconds(5), 5, null));
        ChannelSendException e =
                catchThrowableOfType(() -> small.download(account, "65463453"), ChannelSendException.class);
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e).hasMessage("WhatsApp media exceeds 5 bytes");
    }

    @Test
    void unknownMediaIsAPermanentFailure() {
        WhatsAppMediaDownloader downloader =
                new WhatsAppMediaDownloader(WhatsAppApiSettings.defaults().withBaseUrl(graph.url()));
        assertThatThrownBy(() -> downloader.download(account, "404404"))
                .isInstanceOfSatisfying(
                        ChannelSendException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PERMANENT));
    }

    @Test
    void neverSendsTheTokenToAForeignHost() {
        // same stand-in, addressed as "localhost": the media URL it returns (127.0.0.1) is then foreign
        URI viaLocalhost = URI.create("http://localhost:" + graph.url().getPort());
        WhatsAppMediaDownloader downloader =
                new WhatsAppMediaDownloader(WhatsAppApiSettings.defaults().withBaseUrl(viaLocalhost));
        int before = graph.requests().size();

        assertThatThrownBy(() -> downloader.download(account, "65463453"))
                .isInstanceOf(ChannelSendException.class)
                .hasMessageContaining("outside Meta's media hosts");
        assertThat(graph.requests().subList(before, graph.requests().size()))
                .extracting(GraphApiStandIn.Recorded::path)
                .containsExactly("/v21.0/65463453");
    }

    @Test
    void settingsValidateAndKnowMetasMediaHosts() {
        WhatsAppApiSettings settings = WhatsAppApiSettings.defaults();
        assertThat(settings.mayReceiveToken(
                        URI.create("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1")))
                .isTrue();
        assertThat(settings.mayReceiveToken(URI.create("http://lookaside.fbsbx.com/x")))
                .isFalse();
        assertThat(settings.mayReceiveToken(URI.create("https://evilfbsbx.com/x")))
                .isFalse();
        assertThat(settings.mayReceiveToken(URI.create("https://graph.facebook.com/x")))
                .isTrue();
        assertThat(settings.path("123", "messages")).hasToString("https://graph.facebook.com/v21.0/123/messages");
        assertThat(new WhatsAppApiSettings(URI.create("http://127.0.0.1:9/"), "v22.0", null, 1, List.of("Example.com"))
                        .mediaHostSuffixes())
                .containsExactly("example.com");
        assertThatThrownBy(() -> settings.path("../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WhatsAppApiSettings(URI.create("http://h"), "21", null, 1, null))
                .hasMessageContaining("apiVersion");
        assertThatThrownBy(() -> new WhatsAppApiSettings(URI.create("ftp://h"), "v21.0", null, 1, null))
                .hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> new WhatsAppApiSettings(URI.create("http://h"), "v21.0", null, 0, null))
                .hasMessageContaining("maxMediaBytes");
        assertThatThrownBy(() -> new WhatsAppAccount("../1", "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WhatsAppAccount("1", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
