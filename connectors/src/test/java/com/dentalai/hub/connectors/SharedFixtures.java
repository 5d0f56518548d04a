package com.dentalai.hub.connectors;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real third-party payloads kept beside the repository (../shared/fixtures), read at test time and
 * never copied into the project; a test that needs one is skipped when the folder is absent.
 */
public final class SharedFixtures {

    /** Relative to a module directory (Surefire's working directory). */
    public static final Path ROOT = Path.of("..", "..", "shared", "fixtures");

    private SharedFixtures() {}

    public static byte[] bytes(String system, String name) {
        Path file = ROOT.resolve(system).resolve(name);
        assumeTrue(
                Files.isRegularFile(file),
                () -> "fixture absent: " + file.toAbsolutePath().normalize());
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
