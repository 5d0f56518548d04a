package com.dentalai.hub.domain.billing;

import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.conversation.ToolUnavailableException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Yosef, the billing agent: answers patients about their open invoices and sends a payment link, and
 * answers clinic admins about their subscription. The only agent with the billing tool ({@link
 * BillingDesk}). Stateless: the invoice a patient picks travels in the choice id ({@value
 * #PAY_PREFIX}{@code <invoice ref>}), and the desk re-checks that it is one of the patient's open
 * invoices, so a forged id pays nothing it should not.
 */
public final class Yosef {

    /** Choice ids Yosef owns: a tap on one of them goes to Yosef, not to Dana. */
    public static final String PAY_PREFIX = "yosef:pay:";

    /** Dana's delegation contexts (intent wire names). */
    public static final String BILLING_QUESTION = "billing_question";

    public static final String PAY_BILL = "pay_bill";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Who Yosef is talking to.
     *
     * @param patientRef the patient Dana already identified; null when not yet
     * @param senderPhone the phone the channel vouches for; null when none
     * @param language "he" or "en"
     * @param clinicPhone the clinic's phone for "call us"; may be null
     */
    public record Patient(String patientRef, String senderPhone, String language, String clinicPhone) {
        public Patient {
            language = "en".equals(language) ? "en" : "he";
        }
    }

    /**
     * Yosef's answer.
     *
     * @param patientRef the patient Yosef identified (to remember in the conversation); null if none
     */
    public record Answer(List<OutboundMessage> replies, String patientRef) {
        public Answer {
            replies = List.copyOf(replies);
        }
    }

    private Yosef() {}

    /** Whether a message belongs to Yosef without Dana reading it: a tap on one of his choices. */
    public static boolean claims(MessageContent content) {
        return content instanceof MessageContent.Choice choice
                && choice.id() != null
                && choice.id().startsWith(PAY_PREFIX);
    }

    /** Dana handed the patient over; {@code context} is the intent she recognised. */
    public static Answer takeOver(String context, Patient who, BillingDesk desk) {
        Objects.requireNonNull(desk, "desk");
        String lang = who.language();
        try {
            Optional<PatientRef> patient = identify(who, desk);
            if (patient.isEmpty()) {
                return new Answer(List.of(text(notFound(who))), null);
            }
            List<OpenInvoice> open = desk.openInvoices(patient.get());
            String ref = patient.get().id();
            if (open.isEmpty()) {
                return new Answer(
                        List.of(text(pick(
                                lang,
                                "יוסף כאן. אין לך חשבוניות פתוחות, הכול שולם. תודה!",
                                "Yosef here. You have no open invoices: everything is paid. Thank you!"))),
                        ref);
            }
            List<OutboundMessage> replies = new ArrayList<>();
            if (!PAY_BILL.equals(context)) {
                replies.add(text(summary(open, lang)));
            }
            replies.add(invoiceChoices(open, lang, PAY_BILL.equals(context)));
            return new Answer(replies, ref);
        } catch (ToolUnavailableException e) {
            return new Answer(List.of(text(unavailable(who))), who.patientRef());
        }
    }

    /** The patient tapped one of the invoices Yosef listed: send the payment link. */
    public static Answer onChoice(String choiceId, Patient who, BillingDesk desk) {
        String lang = who.language();
        String invoiceRef = choiceId.substring(PAY_PREFIX.length());
        try {
            Optional<PatientRef> patient = identify(who, desk);
            if (patient.isEmpty() || invoiceRef.isBlank()) {
                return new Answer(List.of(text(notFound(who))), null);
            }
            Optional<OpenInvoice> invoice = desk.openInvoices(patient.get()).stream()
                    .filter(i -> i.ref().equals(invoiceRef))
                    .findFirst();
            if (invoice.isEmpty()) {
                return new Answer(
                        List.of(text(noLongerOpen(lang))), patient.get().id());
            }
            PaymentLink link = desk.paymentLink(patient.get(), invoiceRef);
            OpenInvoice i = invoice.get();
            return new Answer(
                    List.of(text(pick(
                                    lang,
                                    "הנה קישור מאובטח לתשלום חשבונית " + i.label() + " (" + money(i) + "):\n",
                                    "Here is your secure payment link for invoice " + i.label() + " (" + money(i)
                                            + "):\n")
                            + link.url()
                            + pick(
                                    lang,
                                    "\nאחרי התשלום תקבל/י כאן קבלה.",
                                    "\nYou'll get a receipt here once it's paid."))),
                    patient.get().id());
        } catch (InvoiceNotPayableException e) {
            return new Answer(List.of(text(noLongerOpen(lang))), who.patientRef());
        } catch (PaymentsUnavailableException | ToolUnavailableException e) {
            return new Answer(List.of(text(unavailable(who))), who.patientRef());
        }
    }

    /** The message a patient gets when the payment for {@code invoiceNumber} is registered. */
    public static String receipt(String invoiceNumber, BigDecimal amount, String currency, String language) {
        String paid = money(amount, currency);
        return pick(
                language,
                "התשלום התקבל, תודה! שולמו " + paid + " עבור חשבונית " + invoiceNumber + ".",
                "Payment received, thank you! " + paid + " paid for invoice " + invoiceNumber + ".");
    }

    // ------------------------------------------------------------------ clinic admins

    /** What a clinic admin asks Yosef about the clinic's own subscription. */
    public enum AdminQuestion {
        SUBSCRIPTION_STATUS,
        LAST_INVOICE,
        UNKNOWN;

        public static AdminQuestion of(String text) {
            String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
            if (t.contains("invoice") || t.contains("חשבונית") || t.contains("receipt") || t.contains("bill")) {
                return LAST_INVOICE;
            }
            if (t.contains("status")
                    || t.contains("subscription")
                    || t.contains("plan")
                    || t.contains("מנוי")
                    || t.contains("סטטוס")
                    || t.contains("מצב")) {
                return SUBSCRIPTION_STATUS;
            }
            return UNKNOWN;
        }
    }

    /** The answer to a clinic admin's question, from the subscription facts the tool read. */
    public static String adminAnswer(String question, SubscriptionFacts facts, String language) {
        String lang = "he".equals(language) ? "he" : "en";
        return switch (AdminQuestion.of(question)) {
            case SUBSCRIPTION_STATUS -> status(facts, lang);
            case LAST_INVOICE -> lastInvoice(facts, lang);
            case UNKNOWN -> pick(
                    lang,
                    "אני יוסף, אחראי החיובים. אפשר לשאול אותי מה מצב המנוי או לבקש את החשבונית האחרונה.",
                    "I'm Yosef, the billing agent. Ask me for your subscription status or your last invoice.");
        };
    }

    private static String status(SubscriptionFacts f, String lang) {
        if (f.status() == null) {
            return pick(
                    lang,
                    "למרפאה אין עדיין מנוי בתשלום; השירות פעיל.",
                    "Your clinic has no paid subscription yet; the service is active.");
        }
        StringBuilder s = new StringBuilder(pick(lang, "מצב המנוי: ", "Subscription status: "))
                .append(f.status().name().toLowerCase(Locale.ROOT))
                .append(pick(lang, " (שירות: ", " (service: "))
                .append(f.standing())
                .append(")");
        if (f.plan() != null) {
            s.append(pick(lang, ", תוכנית ", ", plan ")).append(f.plan());
        }
        if (f.currentPeriodEnd() != null) {
            s.append(pick(lang, ", התקופה הנוכחית מסתיימת ב-", ", current period ends "))
                    .append(DAY.format(f.currentPeriodEnd().atZone(ZoneOffset.UTC)));
        }
        if (f.graceUntil() != null) {
            s.append(pick(lang, ". יש להסדיר תשלום עד ", ". Please settle the payment by "))
                    .append(DAY.format(f.graceUntil()));
        }
        return s.append('.').toString();
    }

    private static String lastInvoice(SubscriptionFacts f, String lang) {
        SubscriptionFacts.StripeInvoice i = f.lastInvoice();
        if (i == null) {
            return pick(lang, "עדיין אין חשבוניות למנוי.", "There are no invoices for your subscription yet.");
        }
        String amount = money(BigDecimal.valueOf(i.amountMinor()).movePointLeft(2), i.currency());
        return pick(lang, "החשבונית האחרונה", "Your last invoice")
                + (i.number() == null ? "" : " " + i.number())
                + ": " + amount + " (" + i.status() + ")"
                + (i.created() == null
                        ? ""
                        : pick(lang, ", מ-", ", of ") + DAY.format(i.created().atZone(ZoneOffset.UTC)))
                + (i.hostedUrl() == null ? "." : ":\n" + i.hostedUrl());
    }

    // ------------------------------------------------------------------ helpers

    private static Optional<PatientRef> identify(Patient who, BillingDesk desk) {
        if (who.patientRef() != null && !who.patientRef().isBlank()) {
            return Optional.of(new PatientRef(who.patientRef()));
        }
        return who.senderPhone() == null ? Optional.empty() : desk.findPatient(who.senderPhone());
    }

    private static String summary(List<OpenInvoice> open, String lang) {
        BigDecimal total = open.stream().map(OpenInvoice::residual).reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder s = new StringBuilder(pick(
                lang,
                "יוסף כאן. היתרה הפתוחה שלך: " + money(total, open.get(0).currency()) + ".",
                "Yosef here. Your open balance is " + money(total, open.get(0).currency()) + "."));
        for (OpenInvoice i : open) {
            s.append("\n• ").append(i.label()).append(": ").append(money(i));
            if (i.due() != null) {
                s.append(pick(lang, ", לתשלום עד ", ", due ")).append(DAY.format(i.due()));
            }
        }
        return s.toString();
    }

    private static OutboundMessage invoiceChoices(List<OpenInvoice> open, String lang, boolean greet) {
        List<Option> options = new ArrayList<>();
        for (OpenInvoice i : open) {
            String due = i.due() == null ? "" : pick(lang, " · עד ", " · due ") + DAY.format(i.due());
            options.add(new Option(PAY_PREFIX + i.ref(), i.label(), money(i) + due));
        }
        String text = (greet ? pick(lang, "יוסף כאן. ", "Yosef here. ") : "")
                + pick(lang, "איזו חשבונית תרצה/י לשלם?", "Which invoice would you like to pay?");
        return OutboundMessage.choices(text, pick(lang, "חשבוניות", "Invoices"), pick(lang, "עוד", "More"), options, 0);
    }

    private static String notFound(Patient who) {
        return pick(
                        who.language(),
                        "לא מצאתי חשבון מטופל עם המספר הזה.",
                        "I couldn't find a patient account for this number.")
                + callUs(who);
    }

    private static String noLongerOpen(String lang) {
        return pick(
                lang,
                "החשבונית הזו כבר לא פתוחה לתשלום. אפשר לכתוב \"תשלום\" כדי לראות את החשבוניות הפתוחות.",
                "That invoice is no longer open. Write \"pay\" to see your open invoices.");
    }

    private static String unavailable(Patient who) {
        return pick(
                        who.language(),
                        "תשלום מקוון לא זמין כרגע, סליחה. אפשר לנסות שוב מאוחר יותר.",
                        "Sorry, online payment is not available right now. Please try again later.")
                + callUs(who);
    }

    private static String callUs(Patient who) {
        return who.clinicPhone() == null
                ? ""
                : pick(who.language(), " אפשר גם להתקשר למרפאה: ", " You can also call the clinic at ")
                        + who.clinicPhone() + ".";
    }

    private static String money(OpenInvoice i) {
        return money(i.residual(), i.currency());
    }

    /** An amount as patients and staff read it: {@code 1,250.00 ₪}, {@code 10.00 USD}. */
    public static String money(BigDecimal amount, String currency) {
        String code = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
        String value = String.format(Locale.ROOT, "%,.2f", amount);
        return "ILS".equals(code) ? value + " ₪" : value + " " + code;
    }

    private static OutboundMessage text(String body) {
        return new OutboundMessage.Text(body);
    }

    private static String pick(String lang, String he, String en) {
        return "en".equals(lang) ? en : he;
    }
}
