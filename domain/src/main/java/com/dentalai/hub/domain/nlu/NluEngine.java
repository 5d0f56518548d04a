package com.dentalai.hub.domain.nlu;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dana's deterministic language understanding for Hebrew and English chat messages: intent,
 * language, and the date, time, practitioner and treatment the message names. Pure, offline and
 * thread-safe; build one and share it.
 *
 * <p>How it reads a message: the text is cut to 4000 characters, cleaned (case, Hebrew points,
 * quotes) and split into folded words (Hebrew final letters and sound-alike letters unified,
 * prefixes ו ה ב ל מ ש כ peeled off when matching). Each intent scores the weighted phrases of
 * {@code intent-lexicon.txt} it finds, forgiving one typo in words of five letters or more. Urgent
 * symptoms win outright; greetings, thanks and yes/no give way to a real request in the same
 * message; a weak or tied reading becomes {@code out_of_scope}. Dates and times are resolved
 * against {@code now} in the clinic's zone by {@link DateTimeExtractor} (see its rules).
 */
public final class NluEngine {

    private final IntentClassifier classifier;

    public NluEngine() {
        this.classifier = new IntentClassifier(IntentLexicon.load());
    }

    public NluResult parse(
            String text,
            ZonedDateTime now,
            Optional<Set<String>> knownPractitioners,
            Optional<Set<String>> knownTreatments) {
        Objects.requireNonNull(now, "now");
        Optional<Set<String>> practitioners = knownPractitioners == null ? Optional.empty() : knownPractitioners;
        Optional<Set<String>> treatments = knownTreatments == null ? Optional.empty() : knownTreatments;
        String cleaned = TextNormalizer.clean(TextNormalizer.truncate(text));
        List<String> tokens = TextNormalizer.tokens(cleaned);

        DateTimeExtractor.Found when = DateTimeExtractor.extract(cleaned, now.toLocalDate());
        Optional<String> treatment = EntityExtractor.treatment(tokens, treatments);
        Map<Intent, Double> scores = classifier.scores(
                tokens,
                when.date().isPresent() || when.time().isPresent(),
                when.choice().isPresent(),
                treatment.isPresent());
        IntentClassifier.Decision decision = classifier.decide(scores);

        Slots slots = new Slots(
                when.date(),
                when.time(),
                EntityExtractor.practitioner(cleaned, tokens, practitioners),
                treatment,
                when.partOfDay(),
                when.choice());
        return new NluResult(decision.intent(), round(decision.confidence()), language(cleaned), slots);
    }

    public NluResult parse(String text, ZonedDateTime now) {
        return parse(text, now, Optional.empty(), Optional.empty());
    }

    /**
     * "he" or "en" by which script has more letters; a message with no letters (emoji, digits) is
     * taken as Hebrew, the clinics' first language.
     */
    static String language(String text) {
        int hebrew = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (TextNormalizer.isHebrewLetter(cp) || (cp >= 0x05DA && cp <= 0x05EA)) {
                hebrew++;
            } else if (TextNormalizer.isLatinLetter(cp)) {
                latin++;
            }
        }
        return latin > hebrew ? "en" : "he";
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
