package com.dentalai.hub.domain.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of object keys: {@code tenants/<tenant>/patients/<patient>/<file-id>/original}, with
 * derivatives beside the original. The tenant is the first thing read back from an event's key,
 * so an object outside a known tenant prefix is never processed.
 */
public final class ObjectKeys {

    private static final Pattern KEY =
            Pattern.compile("tenants/([a-z0-9-]+)/patients/([A-Za-z0-9._:-]{1,64})/([0-9a-f-]{36})/([a-z0-9.-]+)");

    private ObjectKeys() {}

    public static String original(String tenant, String patientRef, String fileId) {
        return prefix(tenant, patientRef, fileId) + "original";
    }

    public static String derivative(ParsedKey original, String name) {
        return prefix(original.tenant(), original.patientRef(), original.fileId()) + name;
    }

    private static String prefix(String tenant, String patientRef, String fileId) {
        return "tenants/" + tenant + "/patients/" + patientRef + "/" + fileId + "/";
    }

    public static Optional<ParsedKey> parse(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ParsedKey(m.group(1), m.group(2), m.group(3), m.group(4)));
    }

    /** The parts of a key in the hub's layout. */
    public record ParsedKey(String tenant, String patientRef, String fileId, String name) {

        public boolean isOriginal() {
            return "original".equals(name);
        }
    }
}
