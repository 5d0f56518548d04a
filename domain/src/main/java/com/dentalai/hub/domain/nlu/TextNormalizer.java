package com.dentalai.hub.domain.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns raw chat text into the two forms the NLU works on: a cleaned lower-case string (for the
 * date/time patterns) and a list of folded word tokens (for intent features).
 */
final class TextNormalizer {

    /** Chat messages longer than this are cut; nothing useful for intent hides after 4000 chars. */
    static final int MAX_CHARS = 4000;

    private TextNormalizer() {}

    /** Cut to {@link #MAX_CHARS} without splitting a surrogate pair. */
    static String truncate(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Lower case, Hebrew points removed, typographic quotes and dashes unified, whitespace collapsed.
     * Hebrew final letters are kept here (the date patterns are written with them).
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int mapped = mapChar(cp);
            if (mapped < 0) {
                continue;
            }
            if (Character.isWhitespace(mapped)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(Character.toLowerCase(mapped));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static int mapChar(int cp) {
        if (cp == 0x05BE || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014) {
            return '-'; // maqaf and dashes
        }
        if (cp >= 0x0591 && cp <= 0x05C7) {
            return -1; // niqqud and cantillation marks
        }
        if (cp == 0x05F3 || cp == 0x2019 || cp == 0x2018 || cp == 0x0060 || cp == 0x00B4) {
            return '\''; // geresh and curly apostrophes
        }
        if (cp == 0x05F4 || cp == 0x201C || cp == 0x201D || cp == 0x201E) {
            return '"'; // gershayim and curly quotes
        }
        if (cp == 0x200F
                || cp == 0x200E
                || cp == 0x200D
                || cp == 0xFE0F
                || cp == 0x202A
                || cp == 0x202B
                || cp == 0x202C) {
            return -1; // direction marks, joiners, variation selectors
        }
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return -1; // emoji skin tones
        }
        return cp;
    }

    static boolean isHebrewLetter(int cp) {
        return cp >= 0x05D0 && cp <= 0x05EA;
    }

    static boolean isLatinLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    static boolean isEmoji(int cp) {
        return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2705 || cp == 0x274C;
    }

    /**
     * Word tokens of a {@link #clean cleaned} string: letters and digits; an apostrophe or quote
     * inside a word is dropped (don't, ד"ר); Hebrew "ת'" (colloquial את) becomes its own word; each
     * emoji is a token of its own.
     */
    static List<String> tokens(String cleaned) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cleaned.length(); ) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if ((cp == '\'' || cp == '"')
                    && word.length() > 0
                    && i < cleaned.length()
                    && Character.isLetter(cleaned.codePointAt(i))) {
                if (cp == '\'' && "ת".contentEquals(word)) {
                    tokens.add("את");
                    word.setLength(0);
                }
                // otherwise: an apostrophe inside a word, skip it
            } else {
                flush(word, tokens);
                if (isEmoji(cp)) {
                    tokens.add(new String(Character.toChars(cp)));
                }
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(fold(word.toString()));
            word.setLength(0);
        }
    }

    /**
     * Spelling-insensitive form of one word. Hebrew: final letters to their plain forms, and letters
     * that sound alike in modern Hebrew folded (ט/ת, ק/כ, ע/א) because patients misspell by sound.
     * Both languages: a letter stretched three or more times ("yesss", "תודההה") collapses to one.
     */
    static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean hebrew = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            int folded = foldHebrew(cp);
            hebrew |= isHebrewLetter(folded);
            out.appendCodePoint(folded);
        }
        String collapsed = collapseRuns(out.toString(), 3);
        if (hebrew && collapsed.length() > 3) {
            // a doubled last letter is almost always a stretched word ("תודהה")
            int n = collapsed.length();
            if (collapsed.charAt(n - 1) == collapsed.charAt(n - 2)) {
                collapsed = collapsed.substring(0, n - 1);
            }
        }
        return collapsed;
    }

    private static int foldHebrew(int cp) {
        switch (cp) {
            case 'ך':
                return 'כ';
            case 'ם':
                return 'מ';
            case 'ן':
                return 'נ';
            case 'ף':
                return 'פ';
            case 'ץ':
                return 'צ';
            case 'ט':
                return 'ת';
            case 'ק':
                return 'כ';
            case 'ע':
                return 'א';
            default:
                return cp;
        }
    }

    private static String collapseRuns(String s, int minRun) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) {
                j++;
            }
            int run = j - i;
            if (run >= minRun && Character.isLetter(c)) {
                out.append(c);
            } else {
                out.append(s, i, j);
            }
            i = j;
        }
        return out.toString();
    }

    /**
     * The forms a token may take once Hebrew one-letter prefixes (ו ה ב ל מ ש כ, up to three of
     * them) are peeled off, or an English plural "s" is dropped. The token itself comes first.
     */
    static List<String> variants(String token) {
        List<String> out = new ArrayList<>(4);
        out.add(token);
        if (token.isEmpty()) {
            return out;
        }
        if (isHebrewLetter(token.codePointAt(0))) {
            String rest = token;
            for (int k = 0; k < 3 && rest.length() > 2 && isPrefixLetter(rest.charAt(0)); k++) {
                rest = rest.substring(1);
                out.add(rest);
            }
        } else if (token.length() > 3 && token.endsWith("s") && isLatinLetter(token.charAt(0))) {
            out.add(token.substring(0, token.length() - 1));
        }
        return out;
    }

    private static boolean isPrefixLetter(char c) {
        return c == 'ו' || c == 'ה' || c == 'ב' || c == 'ל' || c == 'מ' || c == 'ש' || c == 'כ';
    }
}
