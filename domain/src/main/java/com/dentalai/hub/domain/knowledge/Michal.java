package com.dentalai.hub.domain.knowledge;

import java.util.Objects;

/**
 * The medical-knowledge agent: answers general dental questions from the curated knowledge base,
 * always with the disclaimer, and never answers when the question shows urgent signs (those go to the
 * urgent guidance and to a human). Deterministic and offline.
 */
public final class Michal {

    static final String DISCLAIMER_HE =
            "זה מידע כללי בלבד ולא אבחנה רפואית. אם משהו מדאיג אותך, כדאי להיבדק אצל רופא השיניים.";
    static final String DISCLAIMER_EN =
            "This is general information only, not a diagnosis. If something worries you, please have a dentist check it.";

    private final KnowledgeBase knowledge;

    public Michal(KnowledgeBase knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    }

    /**
     * @param language "he" or "en": the language of the reply
     * @param clinicPhone shown when there is no good answer or the signs are urgent; may be null
     */
    public MedicalAnswer answer(String question, String language, String clinicPhone) {
        boolean english = "en".equals(language);
        if (UrgentSigns.present(question)) {
            return new MedicalAnswer(
                    MedicalAnswer.Kind.URGENT, urgentGuidance(language, clinicPhone), java.util.Optional.empty());
        }
        return knowledge
                .best(question)
                .map(m -> new MedicalAnswer(
                        MedicalAnswer.Kind.ANSWER,
                        m.entry().answer(english ? "en" : "he") + "\n\n" + disclaimer(language),
                        java.util.Optional.of(m.entry().id())))
                .orElseGet(() -> new MedicalAnswer(
                        MedicalAnswer.Kind.NO_ANSWER,
                        noAnswer(language, clinicPhone) + "\n\n" + disclaimer(language),
                        java.util.Optional.empty()));
    }

    public static String disclaimer(String language) {
        return "en".equals(language) ? DISCLAIMER_EN : DISCLAIMER_HE;
    }

    /** What to do right now when the signs are urgent (MDA is 101 in Israel). Never offers a booking. */
    public static String urgentGuidance(String language, String clinicPhone) {
        if ("en".equals(language)) {
            String call = clinicPhone == null
                    ? "Please call the clinic now."
                    : "Please call the clinic now: " + clinicPhone + ".";
            return "This may be urgent. " + call
                    + "\nIf you have trouble breathing or swallowing, swelling spreading to the eye or neck, or heavy"
                    + " bleeding that does not stop, call MDA at 101 or go to the nearest emergency room now.";
        }
        String call = clinicPhone == null
                ? "כדאי להתקשר למרפאה עכשיו."
                : "כדאי להתקשר למרפאה עכשיו בטלפון " + localPhone(clinicPhone) + ".";
        return "זה עלול להיות דחוף. " + call
                + "\nאם יש קושי לנשום או לבלוע, נפיחות שמתפשטת לעין או לצוואר, או דימום חזק שלא נפסק, יש להתקשר מיד"
                + " למד\"א במספר 101 או לפנות לחדר המיון הקרוב.";
    }

    static String noAnswer(String language, String clinicPhone) {
        if ("en".equals(language)) {
            return "I don't have a good answer to that."
                    + (clinicPhone == null ? "" : " You can call the clinic at " + clinicPhone + ",")
                    + " or I can book you a check-up.";
        }
        return "אין לי תשובה טובה לשאלה הזאת."
                + (clinicPhone == null ? "" : " אפשר להתקשר למרפאה בטלפון " + localPhone(clinicPhone) + ",")
                + " או שאקבע לך תור לבדיקה.";
    }

    /**
     * An Israeli number in the local form people know ("03-555-0100"), which also reads right inside
     * Hebrew text, where a leading "+" would jump to the wrong side. Other numbers stay as they are.
     */
    public static String localPhone(String phone) {
        String p = phone.strip();
        if (p.startsWith("+972")) {
            String rest = p.substring(4).replaceFirst("^[\\s-]+", "");
            return "0" + rest;
        }
        return p;
    }
}
