package com.dentalai.hub.domain.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The weighted features of every intent, read from {@code intent-lexicon.txt} (its header explains
 * the pattern syntax). Kept as data so that adding a phrase needs no code change.
 */
final class IntentLexicon {

    private static final String RESOURCE = "intent-lexicon.txt";

    /** Real English words one typo away from a keyword; never treat them as that keyword's typo. */
    private static final Set<String> NOT_TYPOS = Set.of(
            "think", "thinks", "thing", "things", "those", "these", "there", "where", "wanted", "pain", "paint",
            "clock", "block", "stock", "store", "shore", "sore", "score", "hurt", "spots", "sports", "cost",
            "coat", "most", "close", "chose", "cause", "place", "plays", "moved", "movie", "money", "month");

    private final List<Feature> features;

    private final Set<String> knownWords;

    private IntentLexicon(List<Feature> features) {
        this.features = List.copyOf(features);
        Set<String> words = new HashSet<>();
        for (Feature f : features) {
            for (Slot slot : f.slots()) {
                for (int a = 0; a < slot.words().size(); a++) {
                    if (!slot.stems().get(a)) {
                        words.add(slot.words().get(a));
                    }
                }
            }
        }
        this.knownWords = Set.copyOf(words);
    }

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
            features.add(Feature.parse(current, weight, line.substring(space + 1).strip()));
        }
        return new IntentLexicon(features);
    }

    List<Feature> features() {
        return features;
    }

    /** Every exact word of every pattern: a message word found here is not read as prefix + word. */
    boolean isKnownWord(String token) {
        return knownWords.contains(token);
    }

    /**
     * One typo in a long word, but never a plural for a singular (appointment/appointments differ in
     * meaning here) and never a real word listed in {@link #NOT_TYPOS}.
     */
    static boolean isTypo(String token, String word) {
        return word.length() >= 5
                && token.length() >= 5
                && !NOT_TYPOS.contains(token)
                && !token.equals(word + "s")
                && !word.equals(token + "s")
                && Fuzzy.withinOne(token, word);
    }

    /** One word slot of a pattern: alternatives, each exact or a stem ("stem*"). */
    record Slot(List<String> words, List<Boolean> stems) {

        static Slot parse(String text) {
            List<String> words = new ArrayList<>();
            List<Boolean> stems = new ArrayList<>();
            for (String alt : text.split("\\|")) {
                boolean stem = alt.endsWith("*");
                String word = stem ? alt.substring(0, alt.length() - 1) : alt;
                words.add(TextNormalizer.fold(word.toLowerCase(Locale.ROOT)));
                stems.add(stem);
            }
            return new Slot(List.copyOf(words), List.copyOf(stems));
        }

        /** 2 exact, 1 with one typo (when allowed), 0 no match. */
        int match(List<String> variants, boolean typoAllowed) {
            int best = 0;
            for (int a = 0; a < words.size(); a++) {
                String word = words.get(a);
                boolean stem = stems.get(a);
                for (String v : variants) {
                    if (stem ? v.startsWith(word) : v.equals(word)) {
                        return 2;
                    }
                    if (!stem && best == 0 && typoAllowed && isTypo(v, word)) {
                        best = 1;
                    }
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
        double score(List<List<String>> tokenVariants) {
            int quality = combination ? matchAll(tokenVariants) : matchSequence(tokenVariants);
            if (quality == 0) {
                return 0;
            }
            return quality == 2 ? weight : weight * 0.8;
        }

        private int matchAll(List<List<String>> tokens) {
            int worst = 2;
            for (Slot slot : slots) {
                int best = 0;
                for (List<String> variants : tokens) {
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

        private int matchSequence(List<List<String>> tokens) {
            int n = tokens.size();
            int best = 0;
            int lastStart = atStart ? Math.min(0, n - 1) : n - 1;
            for (int start = 0; start <= lastStart && best < 2; start++) {
                best = Math.max(best, matchFrom(tokens, 0, start, 2));
            }
            return best;
        }

        private int matchFrom(List<List<String>> tokens, int slotIndex, int position, int quality) {
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
