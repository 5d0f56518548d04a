package com.dentalai.hub.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MichalTest {

    private static final Michal MICHAL = new Michal(KbFiles.knowledgeBase());

    @Test
    void theCuratedBaseIsCompleteInBothLanguages() {
        List<KnowledgeEntry> entries = KbFiles.entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(25);
        for (KnowledgeEntry e : entries) {
            assertThat(e.questions().get("he")).as(e.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(e.questions().get("en")).as(e.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(e.answers()).as(e.id()).containsKeys("he", "en");
            // the disclaimer is Michal's job: the file must not repeat it
            assertThat(e.answer("en")).as(e.id()).doesNotContain("not a diagnosis");
        }
    }

    @Test
    void everyVariantFindsItsOwnEntry() {
        KnowledgeBase kb = KbFiles.knowledgeBase();
        for (KnowledgeEntry e : kb.entries()) {
            e.questions()
                    .values()
                    .forEach(list -> list.forEach(q -> assertThat(kb.best(q))
                            .as(q)
                            .hasValueSatisfying(m -> assertThat(m.entry().id()).isEqualTo(e.id()))));
        }
    }

    @Test
    void answersEndWithTheDisclaimerInTheAskedLanguage() {
        MedicalAnswer en = MICHAL.answer("how often should I floss?", "en", "+972-3-555-0100");
        assertThat(en.kind()).isEqualTo(MedicalAnswer.Kind.ANSWER);
        assertThat(en.entryId()).contains("flossing");
        assertThat(en.text()).endsWith(Michal.DISCLAIMER_EN);
        MedicalAnswer he = MICHAL.answer("how often should I floss?", "he", null);
        assertThat(he.text()).endsWith(Michal.DISCLAIMER_HE).contains("חוט דנטלי");
    }

    @Test
    void misspellingsStillFindTheTopic() {
        assertThat(MICHAL.answer("my wisdm toth is killng me", "en", null).entryId())
                .contains("wisdom-teeth");
        assertThat(MICHAL.answer("כואבת לי שן הבינא", "he", null).entryId()).contains("wisdom-teeth");
        assertThat(MICHAL.answer("והשתלים שלי", "he", null).entryId()).contains("implants");
    }

    @Test
    void noGoodAnswerGivesThePhoneAndACheckUp() {
        MedicalAnswer en = MICHAL.answer("what is the capital of france", "en", "+972-3-555-0100");
        assertThat(en.kind()).isEqualTo(MedicalAnswer.Kind.NO_ANSWER);
        assertThat(en.text()).contains("+972-3-555-0100").contains("check-up").endsWith(Michal.DISCLAIMER_EN);
        MedicalAnswer he = MICHAL.answer("מה בירת צרפת", "he", "+972-3-555-0100");
        assertThat(he.text()).contains("03-555-0100").doesNotContain("+972").endsWith(Michal.DISCLAIMER_HE);
        assertThat(MICHAL.answer("", "he", null).kind()).isEqualTo(MedicalAnswer.Kind.NO_ANSWER);
    }

    @Test
    void urgentSignsAreNeverAnsweredFromTheBase() {
        for (String q : List.of(
                "I can't breathe properly since the extraction",
                "my cheek is swollen up to my eye",
                "the bleeding won't stop after the extraction",
                "my son's tooth got knocked out playing football",
                "קשה לי לנשום",
                "נפיחות בלחי שמגיעה עד העין",
                "הדימום לא נפסק כבר שעתיים",
                "חום גבוה ונפיחות בלסת")) {
            MedicalAnswer a = MICHAL.answer(q, "en", "+972-3-555-0100");
            assertThat(a.kind()).as(q).isEqualTo(MedicalAnswer.Kind.URGENT);
            assertThat(a.text()).contains("101");
        }
        assertThat(UrgentSigns.present("my gums bleed a little when I brush")).isFalse();
        assertThat(UrgentSigns.present("החניכיים מדממות קצת בצחצוח")).isFalse();
        assertThat(Michal.urgentGuidance("he", null)).contains("101").contains("להתקשר למרפאה עכשיו");
        assertThat(Michal.urgentGuidance("en", null)).contains("Please call the clinic now.");
    }

    @Test
    void hebrewNormalisationPeelsPrefixesAndFinalLetters() {
        // peeling is applied alike to the base and the question, so prefixed and bare forms meet
        assertThat(KbText.terms("והשיניים שלי")).isEqualTo(KbText.terms("שיניים"));
        assertThat(KbText.terms("ובחניכיים")).isEqualTo(KbText.terms("חניכיים"));
        assertThat(KbText.terms("בשן")).containsExactly("בשנ");
        assertThat(KbText.stripPrefixes("וכשהשתל")).isEqualTo("השתל");
        assertThat(KbText.terms("The fillings were hurting")).containsExactly("filling", "hurt");
        assertThat(KbText.stem("cavities")).isEqualTo("cavity");
        assertThat(KbText.stem("brushes")).isEqualTo("brush");
        assertThat(KbText.stem("stopped")).isEqualTo("stop");
        assertThat(KbText.words("ד\"ר כ\u05bcהן")).containsExactly("דר", "כהנ");
        assertThat(KbText.words("x".repeat(5000))).singleElement().asString().hasSize(KbText.MAX_CHARS);
    }

    @Test
    void entriesAreValidated() {
        assertThatThrownBy(() -> new KnowledgeEntry("x", null, Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        KnowledgeEntry onlyHebrew = new KnowledgeEntry("x", Map.of("he", List.of("שאלה")), Map.of("he", "תשובה"), null);
        assertThat(onlyHebrew.answer("en")).isEqualTo("תשובה");
        assertThatThrownBy(() -> new KnowledgeBase(List.of(onlyHebrew, onlyHebrew)))
                .hasMessageContaining("duplicate");
        KnowledgeBase tiny = new KnowledgeBase(List.of(onlyHebrew), 0.1);
        assertThat(tiny.size()).isEqualTo(1);
        assertThat(tiny.threshold()).isEqualTo(0.1);
        assertThat(tiny.search("zzz", 3)).isEmpty();
        assertThat(KnowledgeBase.dice(java.util.Set.of(), java.util.Set.of("a")))
                .isZero();
        assertThat(Michal.localPhone("+1 555 0100")).isEqualTo("+1 555 0100");
    }
}
