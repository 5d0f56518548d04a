package com.dentalai.hub.domain.conversation;

import static com.dentalai.hub.domain.conversation.Replies.en;
import static com.dentalai.hub.domain.conversation.Replies.pick;
import static com.dentalai.hub.domain.conversation.Replies.text;

import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.knowledge.MedicalAnswer;
import com.dentalai.hub.domain.knowledge.Michal;
import com.dentalai.hub.domain.knowledge.UrgentSigns;
import com.dentalai.hub.domain.nlu.Intent;
import com.dentalai.hub.domain.nlu.PartOfDay;
import com.dentalai.hub.domain.nlu.Slots;
import com.dentalai.hub.domain.phone.PhoneNumbers;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.domain.tenant.Tenant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dana, the clinic's receptionist: the deterministic dialogue over a {@link Brain}'s reading of each
 * message. One call per inbound message: {@link #handle} takes the stored state and returns the next
 * state, the replies and the effects. Dana only proposes; every booking, cancellation and lookup goes
 * through {@link Tools}, which the routes implement with the gated tool routes. Stateless and
 * thread-safe: share one instance.
 */
public final class Dana {

    /** How many slots an offer shows (three fit as reply buttons on every channel). */
    static final int OFFER_SIZE = 3;
    /** How far ahead a search without a date looks. */
    static final int SEARCH_DAYS = 14;
    /** How far past an asked-for day with no free time Dana looks for the nearest ones. */
    static final int NEARBY_DAYS = 7;
    /** Appointments listed for a pick: nine fit a list without paging. */
    static final int MAX_APPOINTMENTS = 9;
    /** Staff notes and alerts quote at most this much of the patient's text. */
    static final int NOTE_CHARS = 500;

    /** Intents that start something new even in the middle of another flow. */
    private static final Set<Intent> SWITCHING = EnumSet.of(
            Intent.CANCEL_APPOINTMENT,
            Intent.RESCHEDULE_APPOINTMENT,
            Intent.LIST_MY_APPOINTMENTS,
            Intent.TALK_TO_HUMAN,
            Intent.BILLING_QUESTION,
            Intent.PAY_BILL,
            Intent.MEDICAL_QUESTION,
            Intent.UNSUBSCRIBE,
            Intent.GREETING,
            Intent.BOOK_APPOINTMENT);
    /** Intents answered on the side without leaving the current step. */
    private static final Set<Intent> ASIDE =
            EnumSet.of(Intent.CLINIC_HOURS, Intent.CLINIC_ADDRESS, Intent.PRICE_INQUIRY, Intent.THANKS);

    private final Brain brain;
    private final Michal michal;

    public Dana(Brain brain, Michal michal) {
        this.brain = Objects.requireNonNull(brain, "brain");
        this.michal = Objects.requireNonNull(michal, "michal");
    }

    /** The state to use for a conversation the routes have not stored yet. */
    public static Conversation newConversation(InboundMessage msg, Tenant tenant) {
        return Conversation.start(msg.tenant(), msg.channel(), msg.conversationKey(), tenant.locale(), msg.timestamp());
    }

    /** Staff are done (or the quiet time passed): Dana answers again from the next message. */
    public Conversation resume(Conversation state) {
        return state.resumed();
    }

    /**
     * The channel has just vouched for the sender's phone ({@code msg.senderPhone()}), as web chat does
     * after a one-time code: goes on with what identifying the patient interrupted (the registration's
     * resume intent and criteria), now looking the patient up by that phone first. Greets when nothing
     * was interrupted. {@code msg} is the message that carried the code; its content is not read.
     */
    public Turn phoneVerified(Conversation state, InboundMessage msg, TurnContext ctx) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(msg.senderPhone(), "msg.senderPhone");
        Objects.requireNonNull(ctx, "ctx");
        Conversation touched = state.touchedAt(msg.timestamp());
        Draft d = touched.draft();
        boolean interrupted = touched.flow() == Flow.REGISTER && d.resumeIntent() != null && !touched.isIdentified();
        Exchange x = new Exchange(msg, ctx);
        try {
            Conversation next;
            if (!interrupted || ctx.tenantSuspended()) {
                x.say(Replies.greeting(ctx.tenant(), touched.language()));
                next = touched.idle();
            } else {
                Draft criteria = new Draft(
                        d.date(), d.time(), d.partOfDay(), d.practitioner(), d.treatment(), null, null, null, null);
                next = withPatient(touched.idle(), x, d.resumeIntent(), criteria);
            }
            return new Turn(next, x.replies, x.effects);
        } catch (ToolUnavailableException e) {
            return new Turn(
                    touched,
                    List.of(text(Replies.systemDown(touched.language()))),
                    List.of(new Effect.Parked(e.tool() == null ? "unknown" : e.tool(), msg.providerMessageId())));
        }
    }

    /** One inbound message → the next state, the replies in order and the effects. */
    public Turn handle(Conversation state, InboundMessage msg, TurnContext ctx) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(msg, "msg");
        Objects.requireNonNull(ctx, "ctx");
        Conversation touched = state.touchedAt(msg.timestamp());
        Exchange x = new Exchange(msg, ctx);
        try {
            Conversation next = dispatch(touched, x);
            return new Turn(next, x.replies, x.effects);
        } catch (ToolUnavailableException e) {
            // the state stays as it was, so a replay of this message from the dead-letter queue redoes the turn
            return new Turn(
                    touched,
                    List.of(text(Replies.systemDown(touched.language()))),
                    List.of(new Effect.Parked(e.tool() == null ? "unknown" : e.tool(), msg.providerMessageId())));
        }
    }

    // ================================================================== routing of one message

    private Conversation dispatch(Conversation s, Exchange x) {
        MessageContent content = x.msg.content();
        String typed = typedText(content);
        Proposal p = typed == null ? null : brain.propose(s, typed, x.ctx);
        if (p != null && p.hasLetters()) {
            s = s.withLanguage(p.language());
        }
        boolean urgent = p != null
                && (p.intent() == Intent.MEDICAL_EMERGENCY
                        || (p.intent() == Intent.MEDICAL_QUESTION && UrgentSigns.present(typed)));
        if (urgent) {
            // safety first: even a suspended tenant or a paused conversation gets the urgent guidance
            return emergency(s, x, typed);
        }
        if (x.ctx.tenantSuspended()) {
            x.say(text(Replies.suspended(x.ctx.tenant(), s.language())));
            return s;
        }
        if (s.paused()) {
            if (s.pauseNoticeSent()) {
                return s;
            }
            x.say(text(pick(
                    s.language(),
                    "ההודעה הועברה לצוות המרפאה, ונציג יענה לך כאן בהקדם.",
                    "Your message is with our staff; a team member will answer you here soon.")));
            return s.withPauseNoticeSent();
        }
        if (content instanceof MessageContent.Choice choice) {
            return onChoice(s, x, choice.id());
        }
        if (content instanceof MessageContent.ContactShared contact) {
            return onContact(s, x, contact);
        }
        if (content instanceof MessageContent.Command command) {
            return onCommand(s, x, command);
        }
        if (p == null) {
            x.say(Replies.unsupported(s.language()));
            return s;
        }
        if (s.step() != Step.IDLE) {
            return onStep(s, x, p, typed);
        }
        return onIntent(s.idle(), x, p.intent(), criteria(p), typed);
    }

    private static String typedText(MessageContent content) {
        if (content instanceof MessageContent.Text t) {
            return t.body();
        }
        if (content instanceof MessageContent.Image image
                && image.caption() != null
                && !image.caption().isBlank()) {
            return null; // a photo with a caption is for staff (files flow), not for the dialogue
        }
        return null;
    }

    private Conversation onCommand(Conversation s, Exchange x, MessageContent.Command command) {
        return switch (command.name()) {
            case "stop", "unsubscribe" -> unsubscribe(s.idle(), x);
            case "human", "agent" -> handover(s.idle(), x, "/" + command.name());
            default -> {
                x.say(Replies.greeting(x.ctx.tenant(), s.language()));
                yield s.idle();
            }
        };
    }

    // ================================================================== intents

    private Conversation onIntent(Conversation s, Exchange x, Intent intent, Draft criteria, String typed) {
        String lang = s.language();
        Tenant tenant = x.ctx.tenant();
        return switch (intent) {
            case BOOK_APPOINTMENT, CHECK_AVAILABILITY -> withPatient(s, x, Intent.BOOK_APPOINTMENT, criteria);
            case CANCEL_APPOINTMENT, RESCHEDULE_APPOINTMENT, LIST_MY_APPOINTMENTS -> withPatient(
                    s, x, intent, criteria);
            case CLINIC_HOURS -> say(s, x, text(Replies.hours(tenant, lang)));
            case CLINIC_ADDRESS -> say(s, x, text(Replies.address(tenant, lang)));
            case PRICE_INQUIRY -> say(s, x, text(Replies.prices(tenant, criteria.treatment(), lang)));
            case MEDICAL_QUESTION -> medical(s, x, typed == null ? "" : typed);
            case MEDICAL_EMERGENCY -> emergency(s, x, typed == null ? "" : typed);
            case BILLING_QUESTION, PAY_BILL -> billing(s, x, intent);
            case GREETING -> say(s, x, Replies.greeting(tenant, lang));
            case THANKS -> say(
                    s,
                    x,
                    text(pick(
                            lang,
                            "בשמחה! אם צריך עוד משהו, אני כאן.",
                            "You're welcome! I'm here if you need anything else.")));
            case TALK_TO_HUMAN -> handover(s, x, typed == null ? "" : typed);
            case UNSUBSCRIBE -> unsubscribe(s, x);
            case CONFIRM, DENY, OUT_OF_SCOPE -> say(s, x, Replies.notUnderstood(lang));
        };
    }

    private static Conversation say(Conversation s, Exchange x, OutboundMessage message) {
        x.say(message);
        return s;
    }

    /** Identifies the patient (by the channel's phone, else a short registration), then goes on. */
    private Conversation withPatient(Conversation s, Exchange x, Intent intent, Draft criteria) {
        if (!s.isIdentified() && x.msg.senderPhone() != null) {
            Optional<PatientRef> found = x.tools().findPatient(x.msg.senderPhone());
            if (found.isPresent()) {
                s = s.withPatient(found.get().id());
                x.effects.add(new Effect.PatientIdentified(found.get().id(), false));
            }
        }
        if (!s.isIdentified()) {
            x.say(text(pick(
                    s.language(),
                    "כדי להמשיך אני צריכה כמה פרטים. מה השם המלא שלך?",
                    "To go on I need a few details. What is your full name?")));
            return s.at(Flow.REGISTER, Step.ASK_NAME).withDraft(criteria.withResumeIntent(intent));
        }
        return switch (intent) {
            case CANCEL_APPOINTMENT -> pickAppointment(
                    s.at(Flow.CANCEL, Step.IDLE).withDraft(criteria), x);
            case RESCHEDULE_APPOINTMENT -> pickAppointment(
                    s.at(Flow.RESCHEDULE, Step.IDLE).withDraft(criteria), x);
            case LIST_MY_APPOINTMENTS -> listAppointments(s, x);
            default -> searchAndOffer(s.at(Flow.BOOK, Step.IDLE).withDraft(criteria), x);
        };
    }

    private static Draft criteria(Proposal p) {
        Slots slots = p.slots();
        return new Draft(
                slots.date().orElse(null),
                slots.time().orElse(null),
                slots.partOfDay().orElse(null),
                slots.practitioner().orElse(null),
                slots.treatment().orElse(null),
                null,
                null,
                null,
                null);
    }

    // ================================================================== booking

    private Conversation searchAndOffer(Conversation s, Exchange x) {
        String lang = s.language();
        Draft d = s.draft();
        ZoneId zone = x.ctx.now().getZone();
        LocalDate today = x.ctx.now().toLocalDate();
        List<Practitioner> team = x.tools().practitioners();
        Map<String, String> names = new HashMap<>();
        team.forEach(pr -> names.put(pr.ref(), pr.name()));
        Optional<String> practitionerId = Optional.empty();
        StringBuilder preface = new StringBuilder();
        if (d.practitioner() != null) {
            practitionerId = matchPractitioner(d.practitioner(), team);
            if (practitionerId.isEmpty()) {
                preface.append(pick(
                        lang,
                        "לא מצאתי רופא בשם הזה, אז חיפשתי אצל כל הצוות. ",
                        "I couldn't find a dentist by that name, so I looked across the team. "));
            }
        }
        Optional<PartOfDay> part = Optional.ofNullable(d.partOfDay());
        LocalDate from = d.date() == null || d.date().isBefore(today) ? today : d.date();
        LocalDate to = d.date() == null ? today.plusDays(SEARCH_DAYS) : from;
        // a named clock time may sit late in the day: fetch the whole range then, not just the first slots
        int limit = d.time() == null ? 20 : 600;
        List<Slot> slots = usable(x.tools().findSlots(from, to, practitionerId, part, limit), x, part);
        if (slots.isEmpty() && d.date() != null) {
            slots = usable(
                    x.tools().findSlots(from.plusDays(1), from.plusDays(NEARBY_DAYS), practitionerId, part, limit),
                    x,
                    part);
            if (!slots.isEmpty()) {
                preface.append(pick(lang, "אין מקום פנוי ביום שביקשת. ", "There's nothing free on that day. "));
            }
        }
        if (slots.isEmpty()) {
            x.say(text(preface
                    + pick(
                            lang,
                            "לא מצאתי מועד פנוי בזמן הזה. איזה יום אחר מתאים לך?",
                            "I couldn't find a free time then. Which other day suits you?")));
            return s.at(s.flow(), Step.ASK_DAY)
                    .withDraft(d.withCriteria(null, null, null, d.practitioner(), d.treatment()));
        }
        if (d.time() != null) {
            Optional<Slot> exact = slots.stream()
                    .filter(sl -> sl.start().atZone(zone).toLocalTime().equals(d.time()))
                    .findFirst();
            if (exact.isPresent()) {
                OfferedSlot only = offered(exact.get(), s.seq() + 1, names);
                Conversation offeredState = s.withOffer(List.of(only), s.seq() + 1);
                return confirmSlot(offeredState, x, only, preface.toString());
            }
            LocalTime wanted = d.time();
            slots = slots.stream()
                    .sorted(Comparator.comparing(
                                    (Slot sl) -> sl.start().atZone(zone).toLocalDate())
                            .thenComparingLong(sl -> Math.abs(Duration.between(
                                            wanted, sl.start().atZone(zone).toLocalTime())
                                    .toMinutes())))
                    .toList();
        }
        List<Slot> chosen = new ArrayList<>(slots.subList(0, Math.min(OFFER_SIZE, slots.size())));
        chosen.sort(Slot.CHRONOLOGICAL);
        List<OfferedSlot> offer = new ArrayList<>();
        int seq = s.seq();
        for (Slot slot : chosen) {
            offer.add(offered(slot, ++seq, names));
        }
        Conversation next = s.at(s.flow(), Step.PICK_SLOT).withOffer(offer, seq);
        x.say(offerMessage(next, x, preface.toString()));
        return next;
    }

    private static List<Slot> usable(List<Slot> slots, Exchange x, Optional<PartOfDay> part) {
        ZoneId zone = x.ctx.now().getZone();
        return slots.stream()
                .filter(sl -> sl.start().isAfter(x.ctx.now().toInstant()))
                .filter(sl -> part.isEmpty()
                        || part.get().contains(sl.start().atZone(zone).toLocalTime()))
                .sorted(Slot.CHRONOLOGICAL)
                .toList();
    }

    private static OfferedSlot offered(Slot slot, int n, Map<String, String> names) {
        String name = slot.practitionerId() == null ? null : names.get(slot.practitionerId());
        return new OfferedSlot("slot:" + n, slot.start(), slot.end(), slot.practitionerId(), name);
    }

    /** The practitioner whose name shares its last word with what the patient said. */
    static Optional<String> matchPractitioner(String asked, List<Practitioner> team) {
        String wanted = lastWord(asked);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Practitioner pr : team) {
            if (pr.name() == null) {
                continue;
            }
            for (String word : words(pr.name())) {
                if (word.equals(wanted)) {
                    return Optional.of(pr.ref());
                }
            }
        }
        return Optional.empty();
    }

    private static String lastWord(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isBlank()
                    && !Set.of("dr", "doctor", "ד", "ר", "דר", "דוקטור").contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static OutboundMessage offerMessage(Conversation s, Exchange x, String preface) {
        String lang = s.language();
        ZoneId zone = x.ctx.now().getZone();
        StringBuilder body = new StringBuilder(preface);
        body.append(pick(lang, "אלה המועדים הפנויים:", "Here are the free times:"));
        List<Option> options = new ArrayList<>();
        int i = 1;
        for (OfferedSlot o : s.offer()) {
            body.append('\n')
                    .append(i++)
                    .append(". ")
                    .append(Replies.when(o.start(), zone, lang))
                    .append(Replies.withWhom(o.practitionerName(), lang));
            options.add(new Option(o.id(), Replies.shortWhen(o.start(), zone, lang), o.practitionerName()));
        }
        body.append('\n').append(pick(lang, "איזה מועד מתאים?", "Which one suits you?"));
        return OutboundMessage.choices(
                body.toString(), pick(lang, "מועדים", "Times"), pick(lang, "עוד", "More"), options, 0);
    }

    private static Conversation confirmSlot(Conversation s, Exchange x, OfferedSlot slot, String preface) {
        String lang = s.language();
        int seq = s.seq() + 1;
        Conversation next = s.at(s.flow(), Step.CONFIRM_SLOT)
                .withSeq(seq)
                .withDraft(s.draft().withSelected(slot));
        String what = Replies.when(slot.start(), x.ctx.now().getZone(), lang)
                + Replies.withWhom(slot.practitionerName(), lang);
        String question = s.flow() == Flow.RESCHEDULE
                ? pick(lang, "להעביר את התור ל", "Move your appointment to ") + what + "?"
                : pick(lang, "לקבוע תור ל", "Book ") + what + "?";
        x.say(yesNo(preface + question, seq, lang, pick(lang, "כן, לאשר", "Yes, confirm")));
        return next;
    }

    private static OutboundMessage yesNo(String body, int seq, String lang, String yesTitle) {
        return new OutboundMessage.Buttons(
                body, List.of(Option.of("yes:" + seq, yesTitle), Option.of("no:" + seq, pick(lang, "לא", "No"))));
    }

    private Conversation bookSelected(Conversation s, Exchange x) {
        OfferedSlot chosen = s.draft().selected();
        PatientRef patient = new PatientRef(s.patientRef());
        String lang = s.language();
        ZoneId zone = x.ctx.now().getZone();
        BookingResult result = s.flow() == Flow.RESCHEDULE && s.draft().appointment() != null
                ? x.tools()
                        .reschedule(
                                x.msg.providerMessageId(),
                                patient,
                                s.draft().appointment().appointmentRef(),
                                chosen.slot())
                : x.tools().book(x.msg.providerMessageId(), patient, chosen.slot());
        if (result instanceof BookingResult.Booked booked) {
            Appointment a = booked.appointment();
            String name = a.practitioner() != null && a.practitioner().name() != null
                    ? a.practitioner().name()
                    : chosen.practitionerName();
            String what = Replies.when(a.start(), zone, lang) + Replies.withWhom(name, lang);
            x.say(text(
                    s.flow() == Flow.RESCHEDULE
                            ? pick(
                                    lang,
                                    "התור הועבר ל" + what + ". נתראה!",
                                    "Your appointment is moved to " + what + ". See you!")
                            : pick(
                                    lang,
                                    "התור נקבע ל" + what + ". נתראה!",
                                    "You're booked for " + what + ". See you!")));
            return s.idle();
        }
        List<Slot> alternatives = ((BookingResult.SlotTaken) result).alternatives();
        String sorry = pick(lang, "מצטערת, המועד הזה נתפס הרגע. ", "Sorry, that time was just taken. ");
        List<Slot> usable = usable(alternatives, x, Optional.empty());
        if (usable.isEmpty()) {
            x.say(text(sorry + pick(lang, "איזה יום אחר מתאים לך?", "Which other day suits you?")));
            return s.at(s.flow(), Step.ASK_DAY).withDraft(s.draft().withSelected(null));
        }
        Map<String, String> names = new HashMap<>();
        s.offer().forEach(o -> names.put(o.practitionerId() == null ? "" : o.practitionerId(), o.practitionerName()));
        List<OfferedSlot> offer = new ArrayList<>();
        int seq = s.seq();
        for (Slot slot : usable.subList(0, Math.min(OFFER_SIZE, usable.size()))) {
            String name = names.get(slot.practitionerId() == null ? "" : slot.practitionerId());
            offer.add(new OfferedSlot("slot:" + ++seq, slot.start(), slot.end(), slot.practitionerId(), name));
        }
        Conversation next = s.at(s.flow(), Step.PICK_SLOT)
                .withOffer(offer, seq)
                .withDraft(s.draft().withSelected(null));
        x.say(offerMessage(next, x, sorry));
        return next;
    }

    // ================================================================== cancel, reschedule, list

    private Conversation pickAppointment(Conversation s, Exchange x) {
        String lang = s.language();
        List<Appointment> upcoming = x.tools().myAppointments(new PatientRef(s.patientRef()));
        if (upcoming.isEmpty()) {
            x.say(new OutboundMessage.Buttons(
                    pick(
                            lang,
                            "אין לך תורים קרובים. לקבוע תור?",
                            "You have no upcoming appointments. Would you like to book one?"),
                    List.of(Option.of("menu:book", pick(lang, "קביעת תור", "Book a visit")))));
            return s.idle();
        }
        ZoneId zone = x.ctx.now().getZone();
        int seq = s.seq();
        List<AppointmentOption> options = new ArrayList<>();
        for (Appointment a : upcoming.subList(0, Math.min(MAX_APPOINTMENTS, upcoming.size()))) {
            options.add(new AppointmentOption(
                    "appt:" + ++seq,
                    a.ref(),
                    a.start(),
                    a.practitioner() == null ? null : a.practitioner().name()));
        }
        Conversation next = s.at(s.flow(), Step.PICK_APPOINTMENT).withAppointments(options, seq);
        LocalDate asked = s.draft().date();
        if (asked != null) {
            List<AppointmentOption> onDay = options.stream()
                    .filter(o -> o.start().atZone(zone).toLocalDate().equals(asked))
                    .toList();
            if (onDay.size() == 1) {
                return appointmentChosen(next, x, onDay.get(0));
            }
        }
        if (options.size() == 1) {
            return appointmentChosen(next, x, options.get(0));
        }
        x.say(appointmentsMessage(next, x));
        return next;
    }

    private static OutboundMessage appointmentsMessage(Conversation s, Exchange x) {
        String lang = s.language();
        ZoneId zone = x.ctx.now().getZone();
        StringBuilder body = new StringBuilder(
                s.flow() == Flow.CANCEL
                        ? pick(lang, "איזה תור לבטל?", "Which appointment should I cancel?")
                        : pick(lang, "איזה תור להעביר?", "Which appointment should I move?"));
        List<Option> options = new ArrayList<>();
        int i = 1;
        for (AppointmentOption o : s.appointments()) {
            body.append('\n')
                    .append(i++)
                    .append(". ")
                    .append(Replies.when(o.start(), zone, lang))
                    .append(Replies.withWhom(o.practitionerName(), lang));
            options.add(new Option(o.id(), Replies.shortWhen(o.start(), zone, lang), o.practitionerName()));
        }
        return OutboundMessage.choices(
                body.toString(), pick(lang, "התורים שלי", "My appointments"), pick(lang, "עוד", "More"), options, 0);
    }

    private Conversation appointmentChosen(Conversation s, Exchange x, AppointmentOption option) {
        Conversation chosen = s.withDraft(s.draft().withAppointment(option));
        if (s.flow() == Flow.RESCHEDULE) {
            Draft d = chosen.draft();
            // the date the patient named picked the appointment; the new time is still open
            Draft search = d.date() != null
                            && d.date()
                                    .equals(option.start()
                                            .atZone(x.ctx.now().getZone())
                                            .toLocalDate())
                    ? d.withCriteria(null, null, d.partOfDay(), d.practitioner(), d.treatment())
                    : d;
            return searchAndOffer(chosen.withDraft(search), x);
        }
        String lang = s.language();
        int seq = s.seq() + 1;
        String what = Replies.when(option.start(), x.ctx.now().getZone(), lang)
                + Replies.withWhom(option.practitionerName(), lang);
        x.say(yesNo(
                pick(lang, "לבטל את התור ב", "Cancel your appointment on ") + what + "?",
                seq,
                lang,
                pick(lang, "כן, לבטל", "Yes, cancel")));
        return chosen.at(Flow.CANCEL, Step.CONFIRM_CANCEL).withSeq(seq);
    }

    private Conversation cancelChosen(Conversation s, Exchange x) {
        AppointmentOption option = s.draft().appointment();
        x.tools().cancel(new PatientRef(s.patientRef()), option.appointmentRef());
        String lang = s.language();
        String what = Replies.when(option.start(), x.ctx.now().getZone(), lang);
        x.say(text(pick(
                lang,
                "התור ב" + what + " בוטל. אם תרצו לקבוע מועד חדש, אני כאן.",
                "Your appointment on " + what + " is cancelled. I'm here if you'd like a new time.")));
        return s.idle();
    }

    private Conversation listAppointments(Conversation s, Exchange x) {
        String lang = s.language();
        List<Appointment> upcoming = x.tools().myAppointments(new PatientRef(s.patientRef()));
        if (upcoming.isEmpty()) {
            x.say(new OutboundMessage.Buttons(
                    pick(
                            lang,
                            "אין לך תורים קרובים. לקבוע תור?",
                            "You have no upcoming appointments. Would you like to book one?"),
                    List.of(Option.of("menu:book", pick(lang, "קביעת תור", "Book a visit")))));
            return s.idle();
        }
        ZoneId zone = x.ctx.now().getZone();
        StringBuilder body = new StringBuilder(pick(lang, "התורים הקרובים שלך:", "Your upcoming appointments:"));
        for (Appointment a : upcoming) {
            body.append("\n• ")
                    .append(Replies.when(a.start(), zone, lang))
                    .append(Replies.withWhom(
                            a.practitioner() == null ? null : a.practitioner().name(), lang));
        }
        x.say(text(body.toString()));
        return s.idle();
    }

    // ================================================================== registration

    private Conversation registerName(Conversation s, Exchange x, Proposal p, String typed) {
        String lang = s.language();
        String name = cleanName(typed);
        if (name == null || p.intent() == Intent.DENY || p.intent() == Intent.CONFIRM) {
            return miss(s, x);
        }
        Conversation named = s.withDraft(s.draft().withName(name));
        String phone = x.msg.senderPhone();
        if (phone != null) {
            int seq = s.seq() + 1;
            x.say(yesNo(
                    pick(
                            lang,
                            "תודה, " + name + ". המספר שלך הוא " + localPhone(phone, lang) + "?",
                            "Thanks, " + name + ". Is your number " + phone + "?"),
                    seq,
                    lang,
                    pick(lang, "כן", "Yes")));
            return named.at(Flow.REGISTER, Step.CONFIRM_PHONE).withSeq(seq);
        }
        x.say(text(askPhone(lang, name)));
        return named.at(Flow.REGISTER, Step.ASK_PHONE);
    }

    private static String askPhone(String lang, String name) {
        return pick(
                lang, "תודה, " + name + ". מה מספר הטלפון שלך?", "Thanks, " + name + ". What is your phone number?");
    }

    private static String localPhone(String phone, String lang) {
        return en(lang) ? phone : Michal.localPhone(phone);
    }

    /** The name a patient typed: letters, spaces, hyphens and apostrophes; 2 to 60 characters, 1 to 5 words. */
    static String cleanName(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip()
                .replaceFirst("(?i)^(my name is|my name's|i am|i'm|it's|this is|name:)\\s+", "")
                .replaceFirst("^(שמי|השם שלי|קוראים לי|אני)\\s+", "")
                .replaceAll("[.!]+$", "")
                .strip();
        if (t.length() < 2 || t.length() > 60 || !t.matches("[\\p{L}][\\p{L}\\p{M} '\\-\u05F3\"]*")) {
            return null;
        }
        return t.split("\\s+").length <= 5 ? t : null;
    }

    /** A phone number in a typed text: 9 to 15 digits once separators are dropped. */
    static Optional<String> phoneIn(String typed) {
        if (typed == null || typed.replaceAll("[\\d+\\-\\s().]", "").length() > 0 && !typed.matches(".*\\d{3}.*")) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[^\\d+]", "");
        String only = digits.replace("+", "");
        if (only.length() < 9 || only.length() > 15) {
            return Optional.empty();
        }
        return Optional.of(MessageContent.ContactShared.normalisePhone(digits));
    }

    /** Digits the patient meant as a phone number, even if they are not one. */
    static boolean looksLikeANumber(String typed) {
        return typed != null && typed.replaceAll("[^\\d]", "").length() >= 3;
    }

    private Conversation register(Conversation s, Exchange x, String phone) {
        if (PhoneNumbers.toE164(phone).isEmpty()) {
            // the records want a real number: ask again rather than fail the whole turn
            return askPhoneAgain(s, x);
        }
        String name = s.draft().name();
        PatientRef ref = x.tools().registerPatient(name, phone);
        x.effects.add(new Effect.PatientIdentified(ref.id(), true));
        String lang = s.language();
        x.say(text(pick(lang, "נרשמת בהצלחה, " + name + ".", "You're registered, " + name + ".")));
        Draft d = s.draft();
        Intent resume = d.resumeIntent() == null ? Intent.GREETING : d.resumeIntent();
        Draft criteria =
                new Draft(d.date(), d.time(), d.partOfDay(), d.practitioner(), d.treatment(), null, null, null, null);
        Conversation registered = s.withPatient(ref.id()).idle();
        if (resume == Intent.GREETING) {
            x.say(Replies.greeting(x.ctx.tenant(), lang));
            return registered;
        }
        return withPatient(registered, x, resume, criteria);
    }

    private Conversation onContact(Conversation s, Exchange x, MessageContent.ContactShared contact) {
        boolean registering = s.step() == Step.ASK_PHONE || s.step() == Step.CONFIRM_PHONE;
        if (registering && !contact.sharerIsOwner()) {
            // anyone can share someone else's card: only the sender's own number identifies them
            x.say(
                    text(
                            pick(
                                    s.language(),
                                    "מטעמי פרטיות אפשר להשתמש רק במספר שלך. אפשר לשתף את איש הקשר שלך או להקליד את המספר.",
                                    "For your privacy I can only use your own number. Please share your own contact or type your number.")));
            return s.at(Flow.REGISTER, Step.ASK_PHONE);
        }
        if (registering) {
            return identifyOrRegister(s, x, contact.phone());
        }
        x.say(Replies.unsupported(s.language()));
        return s;
    }

    /**
     * A phone the channel verified (the sender's own contact card): an existing patient with that
     * number is the sender, so no duplicate record; otherwise the short registration ends here.
     */
    private Conversation identifyOrRegister(Conversation s, Exchange x, String phone) {
        Optional<String> e164 = PhoneNumbers.toE164(phone);
        Optional<PatientRef> found =
                e164.isEmpty() ? Optional.empty() : x.tools().findPatient(e164.get());
        if (found.isEmpty()) {
            return register(s, x, phone);
        }
        x.effects.add(new Effect.PatientIdentified(found.get().id(), false));
        Draft d = s.draft();
        Intent resume = d.resumeIntent() == null ? Intent.GREETING : d.resumeIntent();
        Conversation identified = s.withPatient(found.get().id()).idle();
        if (resume == Intent.GREETING) {
            x.say(Replies.greeting(x.ctx.tenant(), s.language()));
            return identified;
        }
        Draft criteria =
                new Draft(d.date(), d.time(), d.partOfDay(), d.practitioner(), d.treatment(), null, null, null, null);
        return withPatient(identified, x, resume, criteria);
    }

    /** A typed number that is no phone number: say so and ask again, the registration goes on. */
    private static Conversation askPhoneAgain(Conversation s, Exchange x) {
        x.say(text(pick(
                s.language(),
                "המספר הזה לא נראה תקין. אפשר לכתוב אותו שוב, למשל 050-1234567?",
                "That doesn't look like a valid phone number. Could you type it again, e.g. +972 50-123-4567?")));
        return s.at(Flow.REGISTER, Step.ASK_PHONE);
    }

    // ================================================================== the current step

    private Conversation onStep(Conversation s, Exchange x, Proposal p, String typed) {
        Slots slots = p.slots();
        Intent intent = p.intent();
        switch (s.step()) {
            case ASK_NAME -> {
                if (intent == Intent.OUT_OF_SCOPE || intent == Intent.GREETING) {
                    return registerName(s, x, p, typed);
                }
            }
            case CONFIRM_PHONE -> {
                if (intent == Intent.CONFIRM) {
                    return register(s, x, x.msg.senderPhone());
                }
                if (intent == Intent.DENY) {
                    x.say(text(pick(s.language(), "מה מספר הטלפון שלך?", "What is your phone number?")));
                    return s.at(Flow.REGISTER, Step.ASK_PHONE);
                }
                Optional<String> phone = phoneIn(typed);
                if (phone.isPresent()) {
                    return register(s, x, phone.get());
                }
            }
            case ASK_PHONE -> {
                Optional<String> phone = phoneIn(typed);
                if (phone.isPresent()) {
                    return register(s, x, phone.get());
                }
                if (looksLikeANumber(typed) && !SWITCHING.contains(intent) && !ASIDE.contains(intent)) {
                    return askPhoneAgain(s, x);
                }
            }
            case PICK_SLOT, CONFIRM_SLOT -> {
                Optional<OfferedSlot> picked = pickSlot(s, x, slots);
                if (picked.isPresent()) {
                    return confirmSlot(s, x, picked.get(), "");
                }
                if (s.step() == Step.CONFIRM_SLOT && intent == Intent.CONFIRM) {
                    return bookSelected(s, x);
                }
                if (intent == Intent.DENY) {
                    x.say(text(pick(
                            s.language(),
                            "בסדר. איזה יום או שעה מתאימים לך?",
                            "No problem. Which day or time suits you?")));
                    return s.at(s.flow(), Step.ASK_DAY).withOffer(List.of(), s.seq());
                }
                if (hasCriteria(slots)
                        && (intent == Intent.OUT_OF_SCOPE
                                || intent == Intent.BOOK_APPOINTMENT
                                || intent == Intent.CHECK_AVAILABILITY
                                || intent == Intent.RESCHEDULE_APPOINTMENT)) {
                    return searchAndOffer(s.withDraft(merge(s.draft(), slots)), x);
                }
            }
            case ASK_DAY -> {
                if (hasCriteria(slots)
                        && (intent == Intent.OUT_OF_SCOPE
                                || intent == Intent.BOOK_APPOINTMENT
                                || intent == Intent.CHECK_AVAILABILITY
                                || intent == Intent.RESCHEDULE_APPOINTMENT)) {
                    return searchAndOffer(s.withDraft(merge(s.draft(), slots)), x);
                }
                if (intent == Intent.DENY) {
                    return endFlow(s, x);
                }
            }
            case PICK_APPOINTMENT -> {
                Optional<AppointmentOption> picked = pickAppointment(s, x, slots);
                if (picked.isPresent()) {
                    return appointmentChosen(s, x, picked.get());
                }
                if (intent == Intent.DENY) {
                    return endFlow(s, x);
                }
            }
            case CONFIRM_CANCEL -> {
                if (intent == Intent.CONFIRM) {
                    return cancelChosen(s, x);
                }
                if (intent == Intent.DENY) {
                    x.say(text(pick(s.language(), "בסדר, התור נשאר במקומו.", "OK, your appointment stays as it is.")));
                    return s.idle();
                }
            }
            default -> {
                // IDLE never reaches here
            }
        }
        if (ASIDE.contains(intent)) {
            return onIntent(s, x, intent, criteria(p), typed);
        }
        if (SWITCHING.contains(intent) || intent == Intent.MEDICAL_EMERGENCY || intent == Intent.CLINIC_HOURS) {
            return onIntent(s.idle(), x, intent, criteria(p), typed);
        }
        return miss(s, x);
    }

    private static boolean hasCriteria(Slots slots) {
        return slots.date().isPresent()
                || slots.time().isPresent()
                || slots.partOfDay().isPresent();
    }

    private static Draft merge(Draft d, Slots slots) {
        return d.withCriteria(
                slots.date()
                        .orElse(slots.time().isPresent() || slots.partOfDay().isPresent() ? d.date() : null),
                slots.time().orElse(null),
                slots.partOfDay().orElse(null),
                slots.practitioner().orElse(d.practitioner()),
                slots.treatment().orElse(d.treatment()));
    }

    /** "2", "the second", "השני", or the clock time of one of the offered slots. */
    private static Optional<OfferedSlot> pickSlot(Conversation s, Exchange x, Slots slots) {
        List<OfferedSlot> offer = s.offer();
        if (slots.choice().isPresent()) {
            int n = slots.choice().get();
            return n >= 1 && n <= offer.size() ? Optional.of(offer.get(n - 1)) : Optional.empty();
        }
        if (slots.time().isPresent()) {
            ZoneId zone = x.ctx.now().getZone();
            List<OfferedSlot> atTime = offer.stream()
                    .filter(o -> o.start()
                            .atZone(zone)
                            .toLocalTime()
                            .equals(slots.time().get()))
                    .filter(o -> slots.date().isEmpty()
                            || o.start()
                                    .atZone(zone)
                                    .toLocalDate()
                                    .equals(slots.date().get()))
                    .toList();
            return atTime.size() == 1 ? Optional.of(atTime.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<AppointmentOption> pickAppointment(Conversation s, Exchange x, Slots slots) {
        List<AppointmentOption> options = s.appointments();
        if (slots.choice().isPresent()) {
            int n = slots.choice().get();
            return n >= 1 && n <= options.size() ? Optional.of(options.get(n - 1)) : Optional.empty();
        }
        ZoneId zone = x.ctx.now().getZone();
        List<AppointmentOption> matching = options.stream()
                .filter(o -> slots.date().isEmpty()
                        || o.start()
                                .atZone(zone)
                                .toLocalDate()
                                .equals(slots.date().get()))
                .filter(o -> slots.time().isEmpty()
                        || o.start()
                                .atZone(zone)
                                .toLocalTime()
                                .equals(slots.time().get()))
                .toList();
        return (slots.date().isPresent() || slots.time().isPresent()) && matching.size() == 1
                ? Optional.of(matching.get(0))
                : Optional.empty();
    }

    private static Conversation endFlow(Conversation s, Exchange x) {
        x.say(text(pick(s.language(), "בסדר. אם צריך משהו נוסף, אני כאן.", "OK. I'm here if you need anything else.")));
        return s.idle();
    }

    /** An answer that fits nothing: ask again once, then start over with the menu. */
    private Conversation miss(Conversation s, Exchange x) {
        String lang = s.language();
        if (s.misses() >= 1) {
            x.say(Replies.startOver(lang));
            return s.idle();
        }
        x.say(text(Replies.notCaught(lang)));
        x.say(prompt(s, x));
        return s.withMisses(s.misses() + 1);
    }

    /** The question the current step waits on, asked again. */
    private static OutboundMessage prompt(Conversation s, Exchange x) {
        String lang = s.language();
        ZoneId zone = x.ctx.now().getZone();
        return switch (s.step()) {
            case PICK_SLOT -> offerMessage(s, x, "");
            case CONFIRM_SLOT -> {
                OfferedSlot slot = s.draft().selected();
                String what = Replies.when(slot.start(), zone, lang) + Replies.withWhom(slot.practitionerName(), lang);
                yield yesNo(
                        (s.flow() == Flow.RESCHEDULE
                                        ? pick(lang, "להעביר את התור ל", "Move your appointment to ")
                                        : pick(lang, "לקבוע תור ל", "Book "))
                                + what + "?",
                        s.seq(),
                        lang,
                        pick(lang, "כן, לאשר", "Yes, confirm"));
            }
            case PICK_APPOINTMENT -> appointmentsMessage(s, x);
            case CONFIRM_CANCEL -> {
                AppointmentOption o = s.draft().appointment();
                yield yesNo(
                        pick(lang, "לבטל את התור ב", "Cancel your appointment on ")
                                + Replies.when(o.start(), zone, lang) + Replies.withWhom(o.practitionerName(), lang)
                                + "?",
                        s.seq(),
                        lang,
                        pick(lang, "כן, לבטל", "Yes, cancel"));
            }
            case ASK_DAY -> text(pick(
                    lang,
                    "איזה יום או שעה מתאימים לך? למשל מחר בבוקר או יום שלישי בעשר.",
                    "Which day or time suits you? For example tomorrow morning, or Tuesday at 10."));
            case ASK_NAME -> text(pick(lang, "מה השם המלא שלך?", "What is your full name?"));
            case CONFIRM_PHONE -> yesNo(
                    pick(
                            lang,
                            "המספר שלך הוא " + localPhone(x.msg.senderPhone() == null ? "" : x.msg.senderPhone(), lang)
                                    + "?",
                            "Is your number " + x.msg.senderPhone() + "?"),
                    s.seq(),
                    lang,
                    pick(lang, "כן", "Yes"));
            case ASK_PHONE -> text(pick(lang, "מה מספר הטלפון שלך?", "What is your phone number?"));
            case IDLE -> Replies.menu(pick(lang, "במה אפשר לעזור?", "How can I help?"), lang);
        };
    }

    // ================================================================== taps

    private Conversation onChoice(Conversation s, Exchange x, String id) {
        String lang = s.language();
        if (id.startsWith("menu:")) {
            Intent intent =
                    switch (id.substring(5)) {
                        case "book" -> Intent.BOOK_APPOINTMENT;
                        case "list" -> Intent.LIST_MY_APPOINTMENTS;
                        case "reschedule" -> Intent.RESCHEDULE_APPOINTMENT;
                        case "cancel" -> Intent.CANCEL_APPOINTMENT;
                        case "hours" -> Intent.CLINIC_HOURS;
                        case "human" -> Intent.TALK_TO_HUMAN;
                        default -> Intent.OUT_OF_SCOPE;
                    };
            if (intent == Intent.CLINIC_HOURS) {
                x.say(text(Replies.hours(x.ctx.tenant(), lang) + "\n\n" + Replies.address(x.ctx.tenant(), lang)));
                return s;
            }
            return onIntent(s.idle(), x, intent, Draft.EMPTY, pick(lang, "(בחירה מהתפריט)", "(menu choice)"));
        }
        if (id.startsWith("slot:") && (s.step() == Step.PICK_SLOT || s.step() == Step.CONFIRM_SLOT)) {
            Optional<OfferedSlot> slot =
                    s.offer().stream().filter(o -> o.id().equals(id)).findFirst();
            if (slot.isPresent()) {
                return confirmSlot(s, x, slot.get(), "");
            }
        }
        if (id.startsWith("appt:") && s.step() == Step.PICK_APPOINTMENT) {
            Optional<AppointmentOption> option =
                    s.appointments().stream().filter(o -> o.id().equals(id)).findFirst();
            if (option.isPresent()) {
                return appointmentChosen(s, x, option.get());
            }
        }
        boolean yes = id.equals("yes:" + s.seq());
        boolean no = id.equals("no:" + s.seq());
        if (yes || no) {
            switch (s.step()) {
                case CONFIRM_SLOT -> {
                    if (yes) {
                        return bookSelected(s, x);
                    }
                    x.say(text(pick(
                            lang, "בסדר. איזה יום או שעה מתאימים לך?", "No problem. Which day or time suits you?")));
                    return s.at(s.flow(), Step.ASK_DAY).withOffer(List.of(), s.seq());
                }
                case CONFIRM_CANCEL -> {
                    if (yes) {
                        return cancelChosen(s, x);
                    }
                    x.say(text(pick(lang, "בסדר, התור נשאר במקומו.", "OK, your appointment stays as it is.")));
                    return s.idle();
                }
                case CONFIRM_PHONE -> {
                    if (yes) {
                        return register(s, x, x.msg.senderPhone());
                    }
                    x.say(text(pick(lang, "מה מספר הטלפון שלך?", "What is your phone number?")));
                    return s.at(Flow.REGISTER, Step.ASK_PHONE);
                }
                default -> {
                    // a yes/no with the current number but no question open: treat as stale
                }
            }
        }
        x.say(text(Replies.expired(lang)));
        x.say(prompt(s, x));
        return s;
    }

    // ================================================================== safety, people, other agents

    private Conversation emergency(Conversation s, Exchange x, String typed) {
        x.say(text(Michal.urgentGuidance(s.language(), x.ctx.tenant().phone())));
        x.effects.add(new Effect.Alert(
                "medical_emergency", "Urgent symptoms reported on " + x.msg.channel() + ": " + cut(typed)));
        return s.paused() ? s : s.idle();
    }

    private Conversation medical(Conversation s, Exchange x, String typed) {
        MedicalAnswer answer = michal.answer(typed, s.language(), x.ctx.tenant().phone());
        if (answer.kind() == MedicalAnswer.Kind.URGENT) {
            return emergency(s, x, typed);
        }
        x.effects.add(new Effect.Delegation(
                Effect.Agent.MICHAL,
                Intent.MEDICAL_QUESTION.wireName()
                        + answer.entryId().map(id -> ":" + id).orElse(""),
                true));
        if (answer.kind() == MedicalAnswer.Kind.NO_ANSWER) {
            x.say(new OutboundMessage.Buttons(
                    answer.text(),
                    List.of(Option.of("menu:book", pick(s.language(), "קביעת בדיקה", "Book a check-up")))));
        } else {
            x.say(text(answer.text()));
        }
        return s;
    }

    private static Conversation billing(Conversation s, Exchange x, Intent intent) {
        x.effects.add(new Effect.Delegation(Effect.Agent.YOSEF, intent.wireName(), false));
        x.say(text(pick(
                s.language(),
                "אני מעבירה אותך ליוסף, שמטפל אצלנו בחשבונות ובתשלומים.",
                "I'm passing you to Yosef, who handles bills and payments.")));
        return s;
    }

    private static Conversation handover(Conversation s, Exchange x, String typed) {
        String note = "Patient asked for a person on " + x.msg.channel() + ": " + cut(typed);
        Optional<PatientRef> patient =
                s.isIdentified() ? Optional.of(new PatientRef(s.patientRef())) : Optional.empty();
        try {
            x.tools().handover(patient, note);
        } catch (ToolUnavailableException e) {
            // the Handover effect still reaches the routes, which notify staff another way
        }
        x.effects.add(new Effect.Handover(note));
        x.say(text(pick(
                s.language(),
                "העברתי את הפנייה לצוות המרפאה. נציג יענה לך כאן בהקדם.",
                "I've passed this to the clinic team. A staff member will answer you here soon.")));
        return s.pausedAt(x.ctx.now().toInstant());
    }

    private static Conversation unsubscribe(Conversation s, Exchange x) {
        x.effects.add(new Effect.Unsubscribed());
        x.say(text(pick(
                s.language(),
                "הסרתי אותך מהודעות ותזכורות. אפשר תמיד לכתוב לנו כאן.",
                "You won't get reminders or updates from us anymore. You can still write to us here anytime.")));
        return s.withOptedOut(true);
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= NOTE_CHARS ? text : text.substring(0, NOTE_CHARS) + "…";
    }

    /** The replies and effects gathered while handling one message. */
    private static final class Exchange {
        final InboundMessage msg;
        final TurnContext ctx;
        final List<OutboundMessage> replies = new ArrayList<>();
        final List<Effect> effects = new ArrayList<>();

        Exchange(InboundMessage msg, TurnContext ctx) {
            this.msg = msg;
            this.ctx = ctx;
        }

        Tools tools() {
            return ctx.tools();
        }

        void say(OutboundMessage message) {
            replies.add(message);
        }
    }
}
