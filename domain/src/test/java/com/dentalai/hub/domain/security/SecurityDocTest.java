package com.dentalai.hub.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/security.md shows the permission matrix; this keeps the page and the code from drifting. */
class SecurityDocTest {

    private static final Path DOC = Path.of("../docs/security.md");

    @Test
    void securityDocShowsTheMatrixRenderedFromCode() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertThat(doc)
                .as("paste PermissionMatrix.standard().toMarkdown() into docs/security.md")
                .contains(PermissionMatrix.standard().toMarkdown());
    }

    @Test
    void securityDocNamesEveryRole() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (Role role : Role.values()) {
            assertThat(doc).contains("| " + role.name());
        }
    }
}
