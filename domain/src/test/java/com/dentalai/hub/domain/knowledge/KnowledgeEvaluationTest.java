package com.dentalai.hub.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Top-1 retrieval accuracy on held-out questions (not the KB's own variants), per language, plus
 * how often off-topic questions are correctly left unanswered. Prints the figures; asserts floors a
 * little below what was measured.
 */
class KnowledgeEvaluationTest {

    private static final KnowledgeBase KB = KbFiles.knowledgeBase();

    record Score(int n, double top1, int negatives, double rejected, List<String> misses) {}

    @Test
    void englishTop1() throws IOException {
        Score s = score("kb-eval-en.tsv");
        assertThat(s.n()).isGreaterThanOrEqualTo(40);
        assertThat(s.top1()).as("en top-1, misses: %s", s.misses()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.rejected()).as("en off-topic rejected").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void hebrewTop1() throws IOException {
        Score s = score("kb-eval-he.tsv");
        assertThat(s.n()).isGreaterThanOrEqualTo(40);
        assertThat(s.top1()).as("he top-1, misses: %s", s.misses()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.rejected()).as("he off-topic rejected").isGreaterThanOrEqualTo(0.75);
    }

    static Score score(String file) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src", "test", "resources", "knowledge", file));
        int n = 0;
        int hits = 0;
        int negatives = 0;
        int rejected = 0;
        List<String> misses = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 2);
            String expected = cols[0];
            String question = cols[1];
            var best = KB.best(question);
            if (expected.equals("none")) {
                negatives++;
                if (best.isEmpty()) {
                    rejected++;
                } else {
                    misses.add("none<-" + best.get().entry().id()
                            + String.format(Locale.ROOT, "(%.2f)", best.get().score()) + ": " + question);
                }
                continue;
            }
            n++;
            if (best.isPresent() && best.get().entry().id().equals(expected)) {
                hits++;
            } else {
                var top = KB.search(question, 1);
                misses.add(expected + "<-"
                        + (top.isEmpty()
                                ? "-"
                                : top.get(0).entry().id()
                                        + String.format(
                                                Locale.ROOT,
                                                "(%.2f)",
                                                top.get(0).score()))
                        + ": " + question);
            }
        }
        Score s =
                new Score(n, (double) hits / n, negatives, negatives == 0 ? 1 : (double) rejected / negatives, misses);
        System.out.printf(
                Locale.ROOT,
                "KB retrieval %s: n=%d top-1=%.3f off-topic rejected=%d/%d%n",
                file,
                n,
                s.top1(),
                rejected,
                negatives);
        misses.forEach(m -> System.out.println("  miss " + m));
        return s;
    }
}
