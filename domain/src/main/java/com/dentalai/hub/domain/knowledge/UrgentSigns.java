package com.dentalai.hub.domain.knowledge;

import java.util.List;

/**
 * Signs in a medical question that must go to a human now, whatever the knowledge base says:
 * breathing or swallowing trouble, swelling spreading to the eye or neck, bleeding that does not stop,
 * high fever with swelling, a knocked-out tooth or a blow to the face. Rules are groups of word stems
 * (folded like {@link KbText#words}); a rule fires when every group has a stem in the text.
 */
public final class UrgentSigns {

    private static final List<List<List<String>>> RULES = List.of(
            rule(List.of("breath", "breathing", "breathe", "נשימ", "לנשומ", "נושמ")),
            rule(List.of("swallow", "לבלוא", "בליא", "לבלוע", "בליעה")),
            rule(
                    List.of("swell", "swollen", "נפיח", "נפוח", "התנפח"),
                    List.of("eye", "neck", "throat", "עינ", "עיני", "צוואר", "גרונ")),
            rule(
                    List.of("bleed", "bleeding", "blood", "דימומ", "מדמם", "מדממ", "לדמם", "דמ"),
                    List.of(
                            "stop", "won't", "wont", "heavy", "hours", "a lot", "lots", "נפסק", "מפסיק", "חזק", "הרבה",
                            "שעות", "נעצר")),
            rule(List.of("fever", "חומ"), List.of("high", "swell", "swollen", "גבוה", "נפיח", "נפוח", "39", "40")),
            rule(
                    List.of(
                            "knocked out",
                            "knocked-out",
                            "fell out",
                            "came out",
                            "avulsed",
                            "נפלה",
                            "נשברה",
                            "יצאה",
                            "עפה"),
                    List.of("tooth", "teeth", "שנ", "שיני", "השנ")),
            rule(
                    List.of("accident", "fall", "hit", "punch", "blow", "תאונה", "מכה", "נפלתי", "נפל", "חבטה"),
                    List.of("face", "jaw", "mouth", "tooth", "teeth", "פנימ", "לסת", "פה", "שנ", "שיני")),
            rule(List.of("unconscious", "faint", "chest pain", "התעלפ", "איבד הכרה", "כאב בחזה")));

    private UrgentSigns() {}

    /** Whether the text shows an urgent sign. */
    public static boolean present(String text) {
        String folded = " " + String.join(" ", KbText.words(text)) + " ";
        for (List<List<String>> rule : RULES) {
            if (rule.stream().allMatch(group -> group.stream().anyMatch(stem -> folded.contains(fold(stem))))) {
                return true;
            }
        }
        return false;
    }

    @SafeVarargs
    private static List<List<String>> rule(List<String>... groups) {
        return List.of(groups);
    }

    private static String fold(String stem) {
        return String.join(" ", KbText.words(stem));
    }
}
