package com.dentalai.hub.domain.nlu;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every intent by the weighted lexicon features a message matches, then settles the
 * conflicts the features alone cannot: emergencies first, small talk yielding to real requests.
 */
final class IntentClassifier {

    /** Below this confidence the message is out of scope: Dana says so rather than guess. */
    static final double THRESHOLD = 0.4;
    /** An emergency signal this strong wins over everything, whatever else the message says. */
    private static final double EMERGENCY_FLOOR = 3.0;
    /** A content intent this strong silences greetings, thanks and yes/no in the same message. */
    private static final double CONTENT_FLOOR = 1.5;

    private static final double SOCIAL_DAMPING = 0.35;

    record Decision(Intent intent, double confidence) {}

    private final IntentLexicon lexicon;

    IntentClassifier(IntentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Map<Intent, Double> scores(
            List<String> tokens, boolean namesDateOrTime, boolean namesChoice, boolean namesTreatment) {
        List<IntentLexicon.Reading> readings =
                tokens.stream().map(lexicon::read).toList();
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        Map<Intent, Double> anchored = new EnumMap<>(Intent.class);
        BitSet candidates = lexicon.candidates(readings);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            IntentLexicon.Feature f = lexicon.features().get(i);
            double s = f.score(readings);
            if (s > 0) {
                scores.merge(f.intent(), s, Double::sum);
                if (f.atStart()) {
                    anchored.merge(f.intent(), s, Double::sum);
                }
            }
        }
        if (namesDateOrTime) {
            // a bare "tomorrow at 10" is most often an answer in a booking conversation
            scores.merge(Intent.BOOK_APPOINTMENT, 0.4, Double::sum);
        }
        if (namesTreatment) {
            scores.merge(Intent.BOOK_APPOINTMENT, 0.5, Double::sum);
        }
        if (namesChoice) {
            scores.merge(Intent.CONFIRM, 2.5, Double::sum);
        }
        dampSmallTalk(scores, anchored);
        return scores;
    }

    private static void dampSmallTalk(Map<Intent, Double> scores, Map<Intent, Double> anchored) {
        double content = scores.entrySet().stream()
                .filter(e -> !e.getKey().isSocial() && e.getKey() != Intent.OUT_OF_SCOPE)
                .mapToDouble(Map.Entry::getValue)
                .max()
                .orElse(0);
        if (content < CONTENT_FLOOR) {
            return;
        }
        for (Map.Entry<Intent, Double> e : scores.entrySet()) {
            if (e.getKey().isSocial()) {
                // a leading "yes"/"no" still answers Dana's question even when the message goes on
                double kept = anchored.getOrDefault(e.getKey(), 0.0);
                e.setValue(kept + (e.getValue() - kept) * SOCIAL_DAMPING);
            }
        }
    }

    Decision decide(Map<Intent, Double> scores) {
        double emergency = scores.getOrDefault(Intent.MEDICAL_EMERGENCY, 0.0);
        if (emergency >= EMERGENCY_FLOOR) {
            return new Decision(Intent.MEDICAL_EMERGENCY, confidence(emergency, 0));
        }
        Intent best = Intent.OUT_OF_SCOPE;
        double top = 0;
        double second = 0;
        for (Map.Entry<Intent, Double> e : scores.entrySet()) {
            double s = e.getValue();
            if (s > top) {
                second = top;
                top = s;
                best = e.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        double confidence = confidence(top, second);
        if (best == Intent.OUT_OF_SCOPE || confidence < THRESHOLD) {
            return new Decision(
                    Intent.OUT_OF_SCOPE, best == Intent.OUT_OF_SCOPE ? Math.max(0.5, confidence) : 1 - confidence);
        }
        return new Decision(best, confidence);
    }

    /** Grows with the evidence for the winner, shrinks when the runner-up is close. */
    static double confidence(double top, double second) {
        if (top <= 0) {
            return 0;
        }
        double evidence = 1 - Math.exp(-top / 1.2);
        double margin = (top - second) / top;
        return Math.min(1.0, evidence * (0.6 + 0.4 * margin));
    }
}
