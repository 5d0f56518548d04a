package com.dentalai.hub.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dentalai.hub.HubTest;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget in a real browser: headless Chromium loads {@code /chat/{tenant}?say=…} from the running
 * hub, the page's script sends the text to {@code /api/v1/chat}, and the DOM Chromium dumps shows
 * the patient's bubble, Dana's reply and the reply's choices as buttons. Skipped when no Chromium is
 * installed ({@code CHROMIUM_BIN}, or chromium / chromium-browser / google-chrome on the PATH).
 */
@HubTest
@Tag("browser")
class WebChatBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void aHebrewPatientSeesDanasMenuAsButtons() throws Exception {
        String dom = dump("smile-tlv", "שלום");

        assertThat(dom).contains("dir=\"rtl\"").contains("lang=\"he\"");
        assertThat(dom).contains("class=\"msg msg-me\">שלום<");
        assertThat(dom).contains("class=\"msg msg-bot\"");
        assertThat(dom).contains("class=\"choice\"").contains("data-choice=\"menu:book\"");
        assertThat(dom).contains("data-state=\"idle\"");
    }

    @Test
    void anEnglishPatientGetsTheOpeningHours() throws Exception {
        String dom = dump("bright-beersheva", "what are your opening hours?");

        assertThat(dom).contains("dir=\"ltr\"").contains("lang=\"en\"");
        assertThat(dom).contains("what are your opening hours?");
        assertThat(dom).containsPattern("class=\"msg msg-bot\">[^<]*\\d\\d:\\d\\d");
    }

    private String dump(String tenant, String say) throws IOException, InterruptedException {
        Optional<String> chromium = chromium();
        assumeTrue(chromium.isPresent(), "no Chromium installed");
        String url = "http://127.0.0.1:" + port + "/chat/" + tenant + "?say="
                + URLEncoder.encode(say, StandardCharsets.UTF_8);
        Path dom = Files.createTempFile(profile, "dom", ".html");
        Process browser = new ProcessBuilder(
                        chromium.get(),
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--user-data-dir=" + profile,
                        // virtual time stands still while the page's request is open, so the budget
                        // ends after the answer has been rendered
                        "--virtual-time-budget=20000",
                        "--dump-dom",
                        url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                // to a file, not a pipe: reading a pipe would block past the timeout if Chromium hangs
                .redirectOutput(dom.toFile())
                .start();
        if (!browser.waitFor(120, TimeUnit.SECONDS)) {
            browser.destroyForcibly();
            throw new AssertionError("Chromium did not finish");
        }
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    private static Optional<String> chromium() {
        String configured = System.getenv("CHROMIUM_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(configured);
        }
        String path = System.getenv("PATH");
        List<String> dirs = path == null ? List.of() : Arrays.asList(path.split(File.pathSeparator));
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : dirs) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }
}
