package com.dentalai.hub.connectors.clamav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClamdScannerTest {

    static ClamdStandIn clamd;

    @BeforeAll
    static void start() throws IOException {
        clamd = new ClamdStandIn();
    }

    @AfterAll
    static void stop() throws IOException {
        clamd.close();
    }

    ClamdScanner scanner() {
        return new ClamdScanner("127.0.0.1", clamd.port(), Duration.ofSeconds(5));
    }

    @Test
    void cleanBytesPass() {
        assertThat(scanner().scan("just a photo".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ScanResult.ok());
    }

    @Test
    void eicarSplitAcrossChunksIsFound() {
        byte[] padding = new byte[64 * 1024 - 10];
        Arrays.fill(padding, (byte) 'a');
        byte[] eicar = ClamdStandIn.EICAR.getBytes(StandardCharsets.ISO_8859_1);
        byte[] infected = new byte[padding.length + eicar.length];
        System.arraycopy(padding, 0, infected, 0, padding.length);
        System.arraycopy(eicar, 0, infected, padding.length, eicar.length);

        ScanResult result = scanner().scan(infected);

        assertThat(result.clean()).isFalse();
        assertThat(result.signature()).isEqualTo("Eicar-Test-Signature");
    }

    @Test
    void aDeadScannerIsUnavailableNotClean() throws IOException {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        ClamdScanner dead = new ClamdScanner("127.0.0.1", deadPort, Duration.ofMillis(500));

        assertThatThrownBy(() -> dead.scan(new byte[] {1})).isInstanceOf(ScannerUnavailableException.class);
        assertThatThrownBy(() -> ClamdScanner.interpret("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(ScannerUnavailableException.class);
    }
}
