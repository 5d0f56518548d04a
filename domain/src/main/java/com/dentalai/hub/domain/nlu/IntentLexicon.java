package com.dentalai.hub.domain.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The weighted features of every intent, read from {@code intent-lexicon.txt} (its header explains
 * the pattern syntax). Kept as data so that adding a phrase needs no code change.
 */
final class IntentLexicon {

    private static final String RESOURCE = "intent-lexicon.txt";

    /** Real English words one typo away from a keyword; never treat them as that keyword's typo. */
    private static final Set<String> NOT_TYPOS = Set.of(
            "think", "thinks", "thing", "things", "those", "these", "there", "where", "wanted", "pain", "paint",
            "clock", "block", "stock", "store", "shore", "sore", "score", "hurt", "spots", "sports", "cost", "coat",
            "most", "close", "chose", "cause", "place", "plays", "moved", "movie", "money", "month", "breath", "chance",
            "hours", "their");

    private final List<Feature> features;

    /** Exact lexicon word, or "*" + stem, to the indexes of the features that use it. */
    private final Map<String, int[]> featuresByKey;
    /** Exact lexicon words by first letter: the only candidates a typo may stand for. */
    private final Map<Character, List<String>> wordsByFirstLetter;

    private final List<String> stems;

    private IntentLexicon(List<Feature> features) {
        this.features = List.copyOf(features);
        Map<String, Set<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            for (Slot slot : features.get(i).slots()) {
                for (int a = 0; a < slot.words().size(); a++) {
                    byKey.computeIfAbsent(slot.key(a), k -> new TreeSet<>()).add(i);
                }
            }
        }
        Map<String, int[]> index = new HashMap<>();
        byKey.forEach(
                (k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.featuresByKey = Map.copyOf(index);
        Map<Character, List<String>> byFirst = new HashMap<>();
        List<String> stemList = new ArrayList<>();
        for (String key : index.keySet()) {
            if (key.startsWith("*")) {
                stemList.add(key.substring(1));
            } else if (!key.isEmpty()) {
                byFirst.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(key);
            }
        }
        byFirst.replaceAll((c, l) -> List.copyOf(l));
        this.wordsByFirstLetter = Map.copyOf(byFirst);
        this.stems = List.copyOf(stemList);
    }

    /**
     * What one message word can stand for: each lexicon key it is (2) or is one typo away from (1).
     * A Hebrew word that is itself a lexicon word ("מעולה") is not also read as prefix + stem ("מ" +
     * "עולה"); other Hebrew words are tried with their prefixes peeled off, English with and without
     * a plural "s".
     */
    Reading read(String token) {
        boolean hebrew = !token.isEmpty() && TextNormalizer.isHebrewLetter(token.codePointAt(0));
        List<String> variants =
                hebrew && featuresByKey.containsKey(token) ? List.of(token) : TextNormalizer.variants(token);
        Map<String, Integer> hits = new HashMap<>();
        for (String v : variants) {
            if (featuresByKey.containsKey(v)) {
                hits.put(v, 2);
            }
            for (String stem : stems) {
                if (v.startsWith(stem)) {
                    hits.put("*" + stem, 2);
                }
            }
            if (!v.isEmpty()) {
                for (String word : wordsByFirstLetter.getOrDefault(v.charAt(0), List.of())) {
                    if (!hits.containsKey(word) && isTypo(v, word)) {
                        hits.put(word, 1);
                    }
                }
            }
        }
        return new Reading(Map.copyOf(hits));
    }

    /** Indexes of the features that could match a message with these readings. */
    BitSet candidates(List<Reading> readings) {
        BitSet out = new BitSet(features.size());
        for (Reading reading : readings) {
            for (String key : reading.hits().keySet()) {
                for (int i : featuresByKey.get(key)) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /** The lexicon keys one message word stands for, with match quality (2 exact, 1 typo). */
    record Reading(Map<String, Integer> hits) {}

    static IntentLexicon load() {
        InputStream in = IntentLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing NLU resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IntentLexicon parse(List<String> lines) {
        List<Feature> features = new ArrayList<>();
        Intent current = null;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1);
                int at = lineNo;
                current = Intent.fromWireName(name)
                        .orElseThrow(() -> new IllegalArgumentException("line " + at + ": unknown intent " + name));
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("line " + lineNo + ": feature before any [intent]");
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("line " + lineNo + ": expected '<weight> <pattern>'");
            }
            double weight = Double.parseDouble(line.substring(0, space));
            features.add(
                    Feature.parse(current, weight, line.substring(space + 1).strip()));
        }
        return new IntentLexicon(features);
    }

    List<Feature> features() {
        return features;
    }

    /**
     * One typo in a long word, but never a plural for a singular (appointment/appointments differ in
     * meaning here) and never a real word listed in {@link #NOT_TYPOS}.
     */
    static boolean isTypo(String token, String word) {
        // Hebrew is written without vowels, so five-letter Hebrew words sit one letter apart far more
        // often (לשנות/לחנות, לעזור/לחזור): Hebrew needs six letters before a typo is forgiven.
        int min = TextNormalizer.isHebrewLetter(word.codePointAt(0)) ? 6 : 5;
        return word.length() >= min
                && token.length() >= min
                && !NOT_TYPOS.contains(token)
                && !token.equals(word + "s")
                && !word.equals(token + "s")
                && Fuzzy.withinOne(token, word);
    }

    /** One word slot of a pattern: alternatives, each exact or a stem ("stem*"). */
    record Slot(List<String> words, List<Boolean> stems, List<Boolean> exact) {

        static Slot parse(String text) {
            List<String> words = new ArrayList<>();
            List<Boolean> stems = new ArrayList<>();
            List<Boolean> exact = new ArrayList<>();
            for (String alt : text.split("\\|")) {
                boolean noTypo = alt.startsWith("=");
                String body = noTypo ? alt.substring(1) : alt;
                boolean stem = body.endsWith("*");
                String word = stem ? body.substring(0, body.length() - 1) : body;
                words.add(TextNormalizer.fold(word.toLowerCase(Locale.ROOT)));
                stems.add(stem);
                exact.add(noTypo);
            }
            return new Slot(List.copyOf(words), List.copyOf(stems), List.copyOf(exact));
        }

        String key(int alternative) {
            return stems.get(alternative) ? "*" + words.get(alternative) : words.get(alternative);
        }

        /** 2 exact, 1 with one typo (when allowed), 0 no match. */
        int match(Reading reading, boolean typoAllowed) {
            int best = 0;
            for (int a = 0; a < words.size(); a++) {
                Integer q = reading.hits().get(key(a));
                if (q == null) {
                    continue;
                }
                if (q == 2) {
                    return 2;
                }
                if (typoAllowed && !exact.get(a)) {
                    best = 1;
                }
            }
            return best;
        }
    }

    /**
     * A weighted pattern: a sequence of slots (optionally anchored, with allowed gaps) or, for a
     * combination ({@code &}), slots that must all occur anywhere.
     */
    record Feature(
            Intent intent,
            double weight,
            List<Slot> slots,
            boolean combination,
            boolean atStart,
            boolean atEnd,
            List<Boolean> gapBefore) {

        static Feature parse(Intent intent, double weight, String pattern) {
            boolean combination = pattern.startsWith("&");
            String body = combination ? pattern.substring(1) : pattern;
            List<String> parts = new ArrayList<>(Arrays.asList(body.split("\\s+")));
            boolean atStart = false;
            boolean atEnd = false;
            if (!parts.isEmpty() && parts.get(0).startsWith("^")) {
                atStart = true;
                parts.set(0, parts.get(0).substring(1));
            }
            int last = parts.size() - 1;
            if (last >= 0 && parts.get(last).endsWith("$")) {
                atEnd = true;
                parts.set(last, parts.get(last).substring(0, parts.get(last).length() - 1));
            }
            List<Slot> slots = new ArrayList<>();
            List<Boolean> gaps = new ArrayList<>();
            boolean gap = false;
            for (String part : parts) {
                if ("~".equals(part)) {
                    gap = true;
                    continue;
                }
                slots.add(Slot.parse(part));
                gaps.add(gap);
                gap = false;
            }
            if (slots.isEmpty()) {
                throw new IllegalArgumentException("empty pattern for " + intent.wireName());
            }
            return new Feature(intent, weight, List.copyOf(slots), combination, atStart, atEnd, List.copyOf(gaps));
        }

        /** Out-of-scope cues must be exact: a typo must not push a real request out of scope. */
        private boolean typoAllowed() {
            return intent != Intent.OUT_OF_SCOPE;
        }

        /** The weight earned on these tokens: full weight, 80% when a typo was forgiven, else 0. */
        double score(List<Reading> tokenVariants) {
            int quality = combination ? matchAll(tokenVariants) : matchSequence(tokenVariants);
            if (quality == 0) {
                return 0;
            }
            return quality == 2 ? weight : weight * 0.8;
        }

        private int matchAll(List<Reading> tokens) {
            int worst = 2;
            for (Slot slot : slots) {
                int best = 0;
                for (Reading variants : tokens) {
                    best = Math.max(best, slot.match(variants, typoAllowed()));
                    if (best == 2) {
                        break;
                    }
                }
                worst = Math.min(worst, best);
                if (worst == 0) {
                    return 0;
                }
            }
            return worst;
        }

        private int matchSequence(List<Reading> tokens) {
            int n = tokens.size();
            int best = 0;
            int lastStart = atStart ? Math.min(0, n - 1) : n - 1;
            for (int start = 0; start <= lastStart && best < 2; start++) {
                best = Math.max(best, matchFrom(tokens, 0, start, 2));
            }
            return best;
        }

        private int matchFrom(List<Reading> tokens, int slotIndex, int position, int quality) {
            if (position >= tokens.size()) {
                return 0;
            }
            int q = slots.get(slotIndex).match(tokens.get(position), typoAllowed());
            if (q == 0) {
                return 0;
            }
            int soFar = Math.min(quality, q);
            if (slotIndex == slots.size() - 1) {
                return !atEnd || position == tokens.size() - 1 ? soFar : 0;
            }
            int maxGap = gapBefore.get(slotIndex + 1) ? 2 : 0;
            int best = 0;
            for (int skip = 0; skip <= maxGap && best < 2; skip++) {
                best = Math.max(best, matchFrom(tokens, slotIndex + 1, position + 1 + skip, soFar));
            }
            return best;
        }
    }
}
