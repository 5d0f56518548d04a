package com.dentalai.hub.domain.nlu;

/** Typo tolerance: optimal-string-alignment distance of at most one edit. */
final class Fuzzy {

    private Fuzzy() {}

    /**
     * True when {@code a} and {@code b} differ by exactly one insertion, deletion, substitution or
     * swap of neighbours. The first letter must agree: typos rarely hit it, and allowing it would make
     * real words collide (looking/booking, yours/hours).
     */
    static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || la == 0 || lb == 0 || a.charAt(0) != b.charAt(0) || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // swap
        }
        if (la > lb) {
            return a.regionMatches(i + 1, b, i, lb - i); // deletion from a
        }
        return b.regionMatches(i + 1, a, i, la - i); // insertion into a
    }
}
