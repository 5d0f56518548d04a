package com.dentalai.hub.connectors.odoo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recorded exchanges with a real Odoo in the shared fixtures folder, read at test time (never
 * copied into the project). Tests that use them are skipped when the folder is absent.
 */
final class OdooFixtures {

    private OdooFixtures() {}

    static Path dir() {
        Path module = Path.of("").toAbsolutePath();
        for (Path candidate :
                List.of(module.resolve("../../shared/fixtures/odoo"), module.resolve("../shared/fixtures/odoo"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        assumeTrue(false, "shared/fixtures/odoo not found next to the repository");
        return null;
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** One HTTP message of a {@code .http} file: start line, headers, body. */
    record HttpMessage(String startLine, Map<String, String> headers, String body) {}

    /** Splits a {@code .http} file into its messages (request, then {@code ### response}). */
    static List<HttpMessage> http(String name) {
        String[] parts = text(name).split("(?m)^###.*$");
        return java.util.Arrays.stream(parts)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(OdooFixtures::message)
                .toList();
    }

    private static HttpMessage message(String raw) {
        String[] headAndBody = raw.split("\\r?\\n\\r?\\n", 2);
        String[] lines = headAndBody[0].split("\\r?\\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim(),
                    lines[i].substring(colon + 1).trim());
        }
        return new HttpMessage(lines[0], headers, headAndBody.length > 1 ? headAndBody[1] : "");
    }

    /**
     * The shape of a value: types instead of values, many2one pairs named as such, list elements
     * merged, so "what Odoo sends" can be compared with "what the stand-in sends".
     */
    static Object shape(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), shape(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            if (list.size() == 2 && list.get(0) instanceof Number && list.get(1) instanceof String) {
                return "many2one";
            }
            return list.stream().map(OdooFixtures::shape).distinct().toList();
        }
        if (value instanceof Number n) {
            return n instanceof Double || n instanceof Float ? "double" : "int";
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
