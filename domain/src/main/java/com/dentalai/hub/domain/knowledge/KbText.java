package com.dentalai.hub.domain.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text normalisation for knowledge retrieval in Hebrew and English. Hebrew: points removed, final
 * letters unified, one-letter prefixes (ו ה ב ל מ ש כ) peeled while at least three letters remain,
 * common plural endings dropped. English: lower case, stop words dropped, a light suffix stemmer.
 */
final class KbText {

    /** Questions are cut here: nothing a KB match needs hides after 4000 characters. */
    static final int MAX_CHARS = 4000;

    private static final Set<String> EN_STOP = Set.of(
            "a", "an", "the", "is", "are", "am", "was", "were", "be", "been", "do", "does", "did", "i", "me", "my",
            "mine", "you", "your", "it", "its", "it's", "this", "that", "these", "those", "to", "of", "in", "on", "at",
            "for", "with", "and", "or", "but", "if", "so", "what", "how", "why", "when", "which", "who", "can", "could",
            "should", "would", "will", "shall", "may", "might", "there", "have", "has", "had", "get", "got", "about",
            "any", "some", "from", "after", "before", "than", "much", "many", "very", "really", "just", "still", "also",
            "not", "no", "yes", "we", "our", "us", "they", "them", "their", "he", "she", "his", "her", "im", "ive",
            "dont", "doesnt", "whats", "please", "hi", "hello", "thanks", "normal", "ok", "okay", "need", "want",
            "know", "tell", "feel", "like", "by");

    private static final Set<String> HE_STOP = Set.of(
            "של", "את", "זה", "זאת", "זו", "יש", "אין", "לי", "לך", "לו", "לה", "לנו", "מה", "אני", "אתה", "הוא", "היא",
            "אנחנו", "הם", "אמ", "או", "עמ", "על", "כי", "גמ", "לא", "כנ", "איכ", "האמ", "מתי", "למה", "כמה", "מי",
            "איפה", "אצל", "אחרי", "לפני", "כל", "עוד", "רק", "כבר", "מאוד", "ממש", "צריכ", "צריכה", "אפשר", "בבקשה",
            "שלי", "שלו", "שלה", "שלנו", "תודה", "שלומ", "היי", "זמנ", "נורמלי", "בסדר", "אותי", "אותו", "אותה", "שאני",
            "יכול", "יכולה", "עכשיו");

    private KbText() {}

    /** Folded word tokens with stop words removed. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            String term = term(word);
            if (term != null) {
                out.add(term);
            }
        }
        return out;
    }

    /** Folded words, before stop-word removal and stemming (for character n-grams). */
    static List<String> words(String text) {
        String cut = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < cut.length(); ) {
            int cp = cut.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x0591 && cp <= 0x05C7) {
                continue; // niqqud
            }
            if (cp == '\'' || cp == '"' || cp == 0x05F3 || cp == 0x05F4 || cp == 0x2019) {
                continue; // apostrophes inside words: don't, ד"ר
            }
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(Character.toLowerCase(finalToPlain(cp)));
            } else if (w.length() > 0) {
                words.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String term(String word) {
        if (isHebrew(word)) {
            if (HE_STOP.contains(word)) {
                return null;
            }
            String t = stripPrefixes(word);
            if (HE_STOP.contains(t)) {
                return null;
            }
            return stripHebrewSuffix(t);
        }
        if (EN_STOP.contains(word) || word.length() < 2) {
            return null;
        }
        return stem(word);
    }

    /** Peels ו ה ב ל מ ש כ off the front while at least three letters remain (at most three). */
    static String stripPrefixes(String word) {
        String w = word;
        for (int k = 0; k < 3 && w.length() - 1 >= 3 && isPrefix(w.charAt(0)); k++) {
            w = w.substring(1);
        }
        return w;
    }

    private static String stripHebrewSuffix(String w) {
        for (String suffix : new String[] {"יימ", "ימ", "ות"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** A light English stemmer: enough to join plural and verb forms of the same word. */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 3 && w.endsWith("es") && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("sses"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 4 && w.endsWith("e")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        if (n > 3 && w.endsWith("e")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Character 3-grams of a word with boundary marks, so short words still get n-grams. */
    static List<String> trigrams(String word) {
        String padded = "^" + word + "$";
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    static boolean isHebrew(String word) {
        return !word.isEmpty() && word.charAt(0) >= 0x05D0 && word.charAt(0) <= 0x05EA;
    }

    private static boolean isPrefix(char c) {
        return c == 'ו' || c == 'ה' || c == 'ב' || c == 'ל' || c == 'מ' || c == 'ש' || c == 'כ';
    }

    private static int finalToPlain(int cp) {
        return switch (cp) {
            case 'ך' -> 'כ';
            case 'ם' -> 'מ';
            case 'ן' -> 'נ';
            case 'ף' -> 'פ';
            case 'ץ' -> 'צ';
            default -> cp;
        };
    }
}
