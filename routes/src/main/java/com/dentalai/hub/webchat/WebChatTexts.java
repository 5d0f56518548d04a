package com.dentalai.hub.webchat;

/** What the web chat itself says around Dana (the phone check), in Hebrew and English. */
final class WebChatTexts {

    private WebChatTexts() {}

    private static String pick(String lang, String he, String en) {
        return "en".equals(lang) ? en : he;
    }

    static String askPhone(String lang) {
        return pick(
                lang,
                "כדי להמשיך אני צריכה לוודא מי את/ה. מה מספר הנייד שלך? נשלח אליו קוד חד-פעמי בוואטסאפ.",
                "To go on I need to check who you are. What is your mobile number? We'll send a one-time code"
                        + " to it on WhatsApp.");
    }

    static String notAPhone(String lang) {
        return pick(
                lang,
                "זה לא נראה כמו מספר טלפון. מה מספר הנייד שלך? (למשל 050-1234567)",
                "That doesn't look like a phone number. What is your mobile number? (for example 050-1234567)");
    }

    static String codeSent(String lang) {
        return pick(
                lang,
                "שלחנו קוד בוואטסאפ למספר שמסרת. מה הקוד?",
                "We sent a code on WhatsApp to that number. What is the code?");
    }

    static String codeNotSent(String lang) {
        return pick(
                lang,
                "לא הצלחנו לשלוח את הקוד כרגע. אפשר לנסות מספר אחר, או להמשיך בלי וואטסאפ.",
                "We couldn't send the code just now. You can try another number, or go on without WhatsApp.");
    }

    static String typeTheCode(String lang) {
        return pick(lang, "נא להקליד את הקוד שקיבלת בוואטסאפ.", "Please type the code you received on WhatsApp.");
    }

    static String wrongCode(String lang) {
        return pick(lang, "הקוד לא נכון. אפשר לנסות שוב.", "That code is not right. Please try again.");
    }

    static String tooManyAttempts(String lang) {
        return pick(
                lang,
                "יותר מדי ניסיונות שגויים. הקלד/י שוב את מספר הנייד כדי לקבל קוד חדש.",
                "Too many wrong attempts. Type your mobile number again to get a new code.");
    }

    static String codeExpired(String lang) {
        return pick(
                lang,
                "תוקף הקוד פג. הקלד/י שוב את מספר הנייד כדי לקבל קוד חדש.",
                "The code has expired. Type your mobile number again to get a new one.");
    }

    static String noMoreCodes(String lang) {
        return pick(
                lang,
                "לא ניתן לשלוח קודים נוספים. נמשיך בלי אימות: תירשם/י כמטופל/ת חדש/ה, והמרפאה תאמת את הפרטים."
                        + " מה השם המלא שלך?",
                "We can't send more codes. We'll go on without verification: you'll be registered as a new"
                        + " patient and the clinic will confirm your details. What is your full name?");
    }

    static String verified(String lang) {
        return pick(lang, "תודה, המספר אומת.", "Thanks, your number is verified.");
    }

    static String skipped(String lang) {
        return pick(
                lang,
                "בסדר. תירשם/י כמטופל/ת חדש/ה, והמרפאה תאמת את הפרטים בביקור. מה השם המלא שלך?",
                "OK. You'll be registered as a new patient, and the clinic will confirm your details at your"
                        + " visit. What is your full name?");
    }

    static String skip(String lang) {
        return pick(lang, "אין לי וואטסאפ", "No WhatsApp");
    }

    static String resend(String lang) {
        return pick(lang, "שליחה מחדש", "Send again");
    }
}
