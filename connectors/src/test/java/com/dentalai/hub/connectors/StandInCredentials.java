package com.dentalai.hub.connectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The fake credentials the tests and their loopback stand-ins share (bot tokens, app secrets,
 * webhook secrets, test users' passwords). They live in properties files on the test classpath, not
 * in code: {@code stand-in-credentials.properties} (connectors test-jar) and, in the application's
 * tests, {@code hub-test-credentials.properties}, which {@code application-test.yaml} imports too so
 * the app and the test read one value.
 */
public final class StandInCredentials {

    private static final List<String> FILES =
            List.of("/stand-in-credentials.properties", "/hub-test-credentials.properties");
    private static final Properties VALUES = load();

    private StandInCredentials() {}

    /** The value of {@code key}; a missing key is a broken test setup, so it fails loudly. */
    public static String get(String key) {
        String value = VALUES.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("no test credential " + key + " in " + FILES);
        }
        return value;
    }

    private static Properties load() {
        Properties values = new Properties();
        for (String file : FILES) {
            try (InputStream in = StandInCredentials.class.getResourceAsStream(file)) {
                if (in != null) {
                    values.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return values;
    }
}
