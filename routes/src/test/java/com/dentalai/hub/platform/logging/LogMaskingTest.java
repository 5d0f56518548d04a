package com.dentalai.hub.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loads the real appender files of logback-spring.xml into a private logger context and encodes
 * events carrying PHI: only masked forms may come out.
 */
class LogMaskingTest {

    private static final String PHONE = "+972-50-123-4567";
    private static final String LOCAL_PHONE = "050-765-4321";
    private static final String EMAIL = "dana.cohen@example.com";
    private static final String ISRAELI_ID = "123456782";

    @Test
    void jsonLinesCarryMdcAndOnlyMaskedPhi() {
        String line = encode("logback-hub-json.xml", "JSON", phiEvent());

        assertThat(line).doesNotContain(PHONE, LOCAL_PHONE, EMAIL, ISRAELI_ID, "1234567", "dana.cohen");
        assertThat(line).contains("Booked for [PHONE] / [PHONE] / [EMAIL] (id [IL-ID])");
        assertThat(line).contains("\"tenant\":\"smile-tlv\"", "\"correlation_id\":\"c-42\"", "\"user\":\"u-7\"");
        assertThat(line).contains("\"level\":\"INFO\"").startsWith("{");
    }

    @Test
    void jsonStackTracesAreMaskedToo() {
        LoggingEvent event = event("Lookup failed", new Object[0]);
        event.setThrowableProxy(new ch.qos.logback.classic.spi.ThrowableProxy(
                new IllegalStateException("no patient with phone " + PHONE)));

        String line = encode("logback-hub-json.xml", "JSON", event);

        assertThat(line).doesNotContain(PHONE).contains("no patient with phone [PHONE]");
    }

    @Test
    void readableConsoleLinesAreMasked() {
        LoggingEvent event = phiEvent();
        event.setThrowableProxy(
                new ch.qos.logback.classic.spi.ThrowableProxy(new IllegalStateException("mail " + EMAIL + " bounced")));

        String line = encode("logback-hub-console.xml", "CONSOLE", event);

        assertThat(line).doesNotContain(PHONE, LOCAL_PHONE, EMAIL, ISRAELI_ID);
        assertThat(line).contains("[PHONE]", "mail [EMAIL] bounced", "[smile-tlv|u-7|c-42]");
    }

    @Test
    void ordinaryNumbersAndDatesStayReadable() {
        String ordinary = "Started in 15.89 seconds at 2026-11-22 00:32:56, port 45257";
        assertThat(new PhiMaskingMessageConverter().convert(event(ordinary, new Object[0])))
                .isEqualTo(ordinary);
    }

    private static LoggingEvent phiEvent() {
        return event("Booked for {} / {} / {} (id {})", new Object[] {PHONE, LOCAL_PHONE, EMAIL, ISRAELI_ID});
    }

    private static LoggingEvent event(String message, Object[] args) {
        LoggerContext ctx = new LoggerContext();
        Logger logger = ctx.getLogger("com.dentalai.hub.test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, null, args);
        event.setMDCPropertyMap(Map.of("tenant", "smile-tlv", "user", "u-7", "correlation_id", "c-42"));
        return event;
    }

    @SuppressWarnings("unchecked")
    private static String encode(String resource, String appenderName, ILoggingEvent event) {
        LoggerContext ctx = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(ctx);
        String xml = "<configuration><include resource=\"" + resource + "\"/>"
                + "<root level=\"INFO\"><appender-ref ref=\"" + appenderName + "\"/></root></configuration>";
        try {
            configurator.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
        OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>)
                ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(appenderName);
        assertThat(appender).as("appender %s in %s", appenderName, resource).isNotNull();
        String out = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
        ctx.stop();
        return out;
    }
}
