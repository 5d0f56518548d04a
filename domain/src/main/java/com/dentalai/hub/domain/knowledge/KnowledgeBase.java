package com.dentalai.hub.domain.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Retrieval over the curated entries, in Hebrew and English alike. Each entry is one document made
 * of its question variants and keywords in both languages, so a question matches in either language.
 * Two signals are combined: BM25 over normalised terms ({@link KbText}), where a word the knowledge
 * base does not know is replaced by its nearest known words by character-trigram similarity (patients
 * misspell), and the best character-trigram similarity between the question and one of the entry's
 * variants (catches phrasing close to a variant even when the words are bent). Immutable, thread-safe.
 */
public final class KnowledgeBase {

    /** Below this combined score the best match is not good enough to answer with. */
    public static final double DEFAULT_THRESHOLD = 2.6;

    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double TRIGRAM_WEIGHT = 4.0;
    static final double MIN_EXPANSION_SIMILARITY = 0.5;

    private final List<KnowledgeEntry> entries;
    private final double threshold;
    private final List<Map<String, Integer>> termFrequencies = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final List<List<Set<String>>> variantGrams = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Set<String>> vocabularyGrams = new HashMap<>();
    private final double averageLength;

    public KnowledgeBase(List<KnowledgeEntry> entries, double threshold) {
        this.entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        this.threshold = threshold;
        Set<String> ids = new HashSet<>();
        long total = 0;
        for (KnowledgeEntry entry : this.entries) {
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("duplicate knowledge entry id '" + entry.id() + "'");
            }
            List<String> terms = new ArrayList<>();
            List<Set<String>> grams = new ArrayList<>();
            entry.questions()
                    .values()
                    .forEach(list -> list.forEach(q -> {
                        terms.addAll(KbText.terms(q));
                        grams.add(gramSet(q));
                    }));
            entry.keywords().values().forEach(list -> list.forEach(k -> terms.addAll(KbText.terms(k))));
            Map<String, Integer> tf = new HashMap<>();
            terms.forEach(t -> tf.merge(t, 1, Integer::sum));
            tf.keySet().forEach(t -> {
                documentFrequency.merge(t, 1, Integer::sum);
                vocabularyGrams.computeIfAbsent(t, w -> new HashSet<>(KbText.trigrams(w)));
            });
            termFrequencies.add(tf);
            lengths.add(terms.size());
            variantGrams.add(grams);
            total += terms.size();
        }
        this.averageLength = this.entries.isEmpty() ? 1.0 : Math.max(1.0, (double) total / this.entries.size());
    }

    public KnowledgeBase(List<KnowledgeEntry> entries) {
        this(entries, DEFAULT_THRESHOLD);
    }

    public int size() {
        return entries.size();
    }

    public List<KnowledgeEntry> entries() {
        return entries;
    }

    public double threshold() {
        return threshold;
    }

    /** The best match if it clears the threshold. */
    public Optional<KbMatch> best(String question) {
        List<KbMatch> top = search(question, 1);
        return top.isEmpty() || top.get(0).score() < threshold ? Optional.empty() : Optional.of(top.get(0));
    }

    /** The {@code k} best-scoring entries, best first (entries scoring zero are left out). */
    public List<KbMatch> search(String question, int k) {
        Map<String, Double> query = weightedQuery(KbText.terms(question));
        Set<String> questionGrams = gramSet(question);
        List<KbMatch> matches = new ArrayList<>();
        for (int d = 0; d < entries.size(); d++) {
            double bm25 = bm25(query, d);
            double trigram = 0;
            for (Set<String> variant : variantGrams.get(d)) {
                trigram = Math.max(trigram, dice(questionGrams, variant));
            }
            double score = bm25 + TRIGRAM_WEIGHT * trigram;
            if (score > 0) {
                matches.add(new KbMatch(entries.get(d), score, bm25, trigram));
            }
        }
        matches.sort(Comparator.comparingDouble(KbMatch::score).reversed());
        return List.copyOf(matches.subList(0, Math.min(k, matches.size())));
    }

    /** Known terms weigh 1; an unknown term is replaced by up to two known look-alikes, weighed by likeness. */
    private Map<String, Double> weightedQuery(List<String> terms) {
        Map<String, Double> query = new HashMap<>();
        for (String term : terms) {
            if (documentFrequency.containsKey(term)) {
                query.merge(term, 1.0, Double::sum);
                continue;
            }
            if (term.length() < 3) {
                continue;
            }
            Set<String> grams = new HashSet<>(KbText.trigrams(term));
            boolean hebrew = KbText.isHebrew(term);
            vocabularyGrams.entrySet().stream()
                    .filter(e -> KbText.isHebrew(e.getKey()) == hebrew)
                    .map(e -> Map.entry(e.getKey(), dice(grams, e.getValue())))
                    .filter(e -> e.getValue() >= MIN_EXPANSION_SIMILARITY)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(2)
                    .forEach(e -> query.merge(e.getKey(), e.getValue(), Double::sum));
        }
        return query;
    }

    private double bm25(Map<String, Double> query, int d) {
        Map<String, Integer> tf = termFrequencies.get(d);
        double norm = K1 * (1 - B + B * lengths.get(d) / averageLength);
        double score = 0;
        for (Map.Entry<String, Double> q : query.entrySet()) {
            Integer f = tf.get(q.getKey());
            if (f == null) {
                continue;
            }
            int df = documentFrequency.get(q.getKey());
            double idf = Math.log(1 + (entries.size() - df + 0.5) / (df + 0.5));
            score += q.getValue() * idf * (f * (K1 + 1)) / (f + norm);
        }
        return score;
    }

    private static Set<String> gramSet(String text) {
        Set<String> grams = new HashSet<>();
        for (String word : KbText.words(text)) {
            String w = KbText.isHebrew(word) ? KbText.stripPrefixes(word) : word;
            grams.addAll(KbText.trigrams(w));
        }
        return grams;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String g : small) {
            if (large.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
