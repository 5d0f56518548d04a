package com.dentalai.hub.domain.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the practitioner and the treatment a message names. With the clinic's own lists the answer
 * is always one of their entries, spelled as the clinic spells it; without them it falls back to a
 * built-in dental vocabulary (treatment keys such as "cleaning") and "Dr. X" / "ד"ר X" mentions.
 */
final class EntityExtractor {

    /** Canonical treatment key to the ways patients say it (folded like message tokens). */
    private static final Map<String, List<String>> TREATMENTS = Map.ofEntries(
            Map.entry(
                    "cleaning",
                    List.of("cleaning", "clean", "hygiene", "hygienist", "scaling", "ניכוי", "אבנית", "שיננית")),
            Map.entry("whitening", List.of("whitening", "whiten", "bleaching", "הלבנה", "הלבנת")),
            Map.entry("root_canal", List.of("root canal", "endodontic", "תיפול שורש", "שורש")),
            Map.entry("implant", List.of("implant", "implants", "שתל", "שתלימ", "השתלה", "השתלת")),
            Map.entry("filling", List.of("filling", "fillings", "סתימה", "סתימות", "סתימת")),
            Map.entry("checkup", List.of("checkup", "check up", "exam", "examination", "בדיכה", "ביכורת", "בדיכת")),
            Map.entry("extraction", List.of("extraction", "extract", "pulled", "אכירה", "לאכור", "אכירת")),
            Map.entry("crown", List.of("crown", "crowns", "כתר", "כתרימ")),
            Map.entry(
                    "orthodontics",
                    List.of("braces", "orthodontics", "invisalign", "aligners", "יישור", "אורתודונתיה")),
            Map.entry("xray", List.of("x ray", "xray", "xrays", "x rays", "צילומ", "רנתגנ")));

    private static final Set<String> TITLES =
            Set.of("dr", "doctor", "doc", "דר", "דוכתור", "דוכתורית", "רופא", "רופאה");
    private static final Pattern DOCTOR =
            Pattern.compile("(?<![\\p{L}])(dr\\.?|doctor|ד\"ר|דר'|דוקטור|דוקטורית)\\s*([\\p{L}][\\p{L}'-]+)");
    private static final Set<String> NOT_NAMES =
            Set.of("please", "pls", "at", "on", "for", "tomorrow", "today", "בבקשה", "מחר", "היום", "ב", "של");

    private EntityExtractor() {}

    static Optional<String> treatment(List<String> tokens, Optional<Set<String>> known) {
        Optional<String> key = builtInTreatment(tokens);
        if (known.isEmpty()) {
            return key;
        }
        for (String name : known.get()) {
            if (mentions(tokens, phrase(name))) {
                return Optional.of(name);
            }
        }
        if (key.isPresent()) {
            List<String> synonyms = TREATMENTS.get(key.get());
            for (String name : known.get()) {
                String folded = String.join(" ", phrase(name));
                if (folded.equals(key.get().replace('_', ' ')) || synonyms.contains(folded)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Each treatment key with its synonyms split into folded words, in a stable order. */
    private static final List<Map.Entry<String, List<List<String>>>> TREATMENT_PHRASES = TREATMENTS.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> Map.entry(
                    e.getKey(),
                    e.getValue().stream()
                            .map(syn -> List.of(syn.split(" ")).stream()
                                    .map(TextNormalizer::fold)
                                    .toList())
                            .toList()))
            .toList();

    private static Optional<String> builtInTreatment(List<String> tokens) {
        List<List<String>> variants =
                tokens.stream().map(TextNormalizer::variants).toList();
        for (Map.Entry<String, List<List<String>>> e : TREATMENT_PHRASES) {
            for (List<String> synonym : e.getValue()) {
                if (mentionsFolded(variants, synonym)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> practitioner(String cleaned, List<String> tokens, Optional<Set<String>> known) {
        if (known.isPresent()) {
            for (String name : known.get()) {
                List<String> words = new ArrayList<>(phrase(name));
                words.removeIf(TITLES::contains);
                if (!words.isEmpty() && mentions(tokens, List.of(words.get(words.size() - 1)))) {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }
        Matcher m = DOCTOR.matcher(cleaned);
        while (m.find()) {
            String name = m.group(2);
            if (!NOT_NAMES.contains(name)) {
                boolean hebrew = TextNormalizer.isHebrewLetter(name.codePointAt(0));
                String capitalised = hebrew ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
                return Optional.of((hebrew ? "ד\"ר " : "Dr. ") + capitalised);
            }
        }
        return Optional.empty();
    }

    private static List<String> phrase(String name) {
        return TextNormalizer.tokens(TextNormalizer.clean(name.toLowerCase(Locale.ROOT)));
    }

    private static boolean mentions(List<String> tokens, List<String> words) {
        return mentionsFolded(
                tokens.stream().map(TextNormalizer::variants).toList(),
                words.stream().map(TextNormalizer::fold).toList());
    }

    /** Whether the folded words occur in order (Hebrew prefixes peeled, one typo forgiven in long words). */
    private static boolean mentionsFolded(List<List<String>> tokenVariants, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (int start = 0; start + words.size() <= tokenVariants.size(); start++) {
            boolean all = true;
            for (int j = 0; j < words.size() && all; j++) {
                all = matches(tokenVariants.get(start + j), words.get(j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> variants, String word) {
        for (String v : variants) {
            if (v.equals(word) || IntentLexicon.isTypo(v, word)) {
                return true;
            }
        }
        return false;
    }
}
