package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.conversation.Brain;
import com.dentalai.hub.domain.conversation.Dana;
import com.dentalai.hub.domain.knowledge.KnowledgeBase;
import com.dentalai.hub.domain.knowledge.KnowledgeEntry;
import com.dentalai.hub.domain.knowledge.Michal;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Dana with her brain (deterministic, or the opt-in LLM brain: conversation.llm.LlmBrainConfig) and
 * Michal over the operator's knowledge base file.
 */
@Configuration
class DanaConfig {

    @Bean
    Dana dana(@Value("${hub.conversation.knowledge-file}") String knowledgeFile, Brain danaBrain) {
        return new Dana(danaBrain, new Michal(new KnowledgeBase(entries(Path.of(knowledgeFile)))));
    }

    /** SnakeYAML's safe constructor (plain maps and lists only), then Jackson into the domain records. */
    static List<KnowledgeEntry> entries(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            return Arrays.asList(mapper.convertValue(root.get("entries"), KnowledgeEntry[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge base " + file, e);
        }
    }
}
