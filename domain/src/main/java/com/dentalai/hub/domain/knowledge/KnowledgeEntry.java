package com.dentalai.hub.domain.knowledge;

import com.dentalai.hub.domain.support.Copies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One curated topic of the dental knowledge base ({@code config/knowledge/dental-kb.yaml}). Maps are
 * keyed by language ("he", "en"). Shaped for a YAML mapper: the canonical constructor takes what the
 * file holds and tolerates missing optional parts.
 *
 * @param questions ways patients ask about the topic, per language
 * @param answers the careful, general answer per language (the disclaimer is added by {@link Michal})
 * @param keywords extra words that point to the topic (symptoms, lay terms), per language; optional
 */
public record KnowledgeEntry(
        String id,
        Map<String, List<String>> questions,
        Map<String, String> answers,
        Map<String, List<String>> keywords) {

    public KnowledgeEntry {
        Objects.requireNonNull(id, "id");
        questions = copyLists(questions);
        answers = Copies.copy(answers);
        keywords = copyLists(keywords);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("knowledge entry '" + id + "' has no answer");
        }
    }

    /** The answer in {@code language}, else in Hebrew, else any. */
    public String answer(String language) {
        String text = answers.get(language);
        if (text == null) {
            text = answers.getOrDefault("he", answers.values().iterator().next());
        }
        return text.strip();
    }

    private static Map<String, List<String>> copyLists(Map<String, List<String>> source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Copies.copy(source).forEach((k, v) -> copy.put(k, Copies.copy(v)));
        return Map.copyOf(copy);
    }
}
