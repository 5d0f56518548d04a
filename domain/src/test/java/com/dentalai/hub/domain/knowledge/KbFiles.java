package com.dentalai.hub.domain.knowledge;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test-side loader of {@code config/knowledge/dental-kb.yaml}, the same way the routes' loader reads it. */
public final class KbFiles {

    /** Tests run in the module folder; the file lives in the repository's config folder. */
    public static final Path KB = Path.of("..", "config", "knowledge", "dental-kb.yaml");

    private static List<KnowledgeEntry> cached;

    private KbFiles() {}

    public static synchronized List<KnowledgeEntry> entries() {
        if (cached == null) {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            try {
                JsonNode root = yaml.readTree(Files.readString(KB));
                cached = yaml.convertValue(root.get("entries"), new TypeReference<List<KnowledgeEntry>>() {});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    public static KnowledgeBase knowledgeBase() {
        return new KnowledgeBase(entries());
    }
}
