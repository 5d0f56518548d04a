package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.nlu.Intent;
import com.dentalai.hub.domain.nlu.PartOfDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything Dana remembers about one chat between turns. Immutable; each turn returns the next
 * state. Routes store {@link #toMap()} as jsonb and read it back with {@link #fromMap(Map)}: the map
 * holds only strings, numbers, booleans, lists and maps, instants and dates as ISO-8601 strings, and
 * null values are left out.
 *
 * <p>PHI: the patient ref, the registration name and the offered times are stored here; the
 * conversation table is tenant-owned and this record is never logged ({@link #toString()} hides it).
 *
 * @param patientRef the patient's id in the clinic's records; null until identified
 * @param language "he" or "en": the language Dana answers in
 * @param offer the slots offered in the current step (empty when none)
 * @param appointments the appointments offered for a pick (empty when none)
 * @param seq a counter that makes every offered option id unique within the conversation
 * @param misses how many answers in a row did not fit the current question
 * @param pausedSince when a human took over; null when not paused
 * @param pauseNoticeSent whether the one "a staff member will answer" notice went out in this pause
 * @param optedOut the patient unsubscribed: no reminders or other messages they did not ask for
 */
public record Conversation(
        String tenant,
        Channel channel,
        String conversationKey,
        String patientRef,
        String language,
        Flow flow,
        Step step,
        List<OfferedSlot> offer,
        List<AppointmentOption> appointments,
        Draft draft,
        int seq,
        int misses,
        boolean paused,
        Instant pausedSince,
        boolean pauseNoticeSent,
        boolean optedOut,
        Instant lastActivity) {

    public Conversation {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationKey, "conversationKey");
        language = "en".equals(language) ? "en" : "he";
        flow = flow == null ? Flow.NONE : flow;
        step = step == null ? Step.IDLE : step;
        offer = offer == null ? List.of() : List.copyOf(offer);
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        draft = draft == null ? Draft.EMPTY : draft;
    }

    /** A fresh conversation in the tenant's language, nobody identified yet. */
    public static Conversation start(
            String tenant, Channel channel, String conversationKey, String locale, Instant now) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                null,
                locale,
                Flow.NONE,
                Step.IDLE,
                List.of(),
                List.of(),
                Draft.EMPTY,
                0,
                0,
                false,
                null,
                false,
                false,
                now);
    }

    public boolean isIdentified() {
        return patientRef != null;
    }

    /** Whether a human has had the conversation for longer than {@code quiet} (routes may then resume it). */
    public boolean pausedLongerThan(Duration quiet, Instant now) {
        return paused && pausedSince != null && pausedSince.plus(quiet).isBefore(now);
    }

    // ------------------------------------------------------------------ withers

    public Conversation withLanguage(String newLanguage) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                newLanguage,
                flow,
                step,
                offer,
                appointments,
                draft,
                seq,
                misses,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    public Conversation withPatient(String ref) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                ref,
                language,
                flow,
                step,
                offer,
                appointments,
                draft,
                seq,
                misses,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    public Conversation at(Flow newFlow, Step newStep) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                newFlow,
                newStep,
                offer,
                appointments,
                draft,
                seq,
                0,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    /** Back to idle: flow, step, offers, draft and misses cleared. */
    public Conversation idle() {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                Flow.NONE,
                Step.IDLE,
                List.of(),
                List.of(),
                Draft.EMPTY,
                seq,
                0,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    public Conversation withOffer(List<OfferedSlot> slots, int newSeq) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                slots,
                List.of(),
                draft,
                newSeq,
                misses,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    public Conversation withAppointments(List<AppointmentOption> options, int newSeq) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                List.of(),
                options,
                draft,
                newSeq,
                misses,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    public Conversation withDraft(Draft newDraft) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                offer,
                appointments,
                newDraft,
                seq,
                misses,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    public Conversation withSeq(int newSeq) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                offer,
                appointments,
                draft,
                newSeq,
                misses,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    public Conversation withMisses(int newMisses) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                offer,
                appointments,
                draft,
                seq,
                newMisses,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                lastActivity);
    }

    public Conversation pausedAt(Instant since) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                Flow.NONE,
                Step.IDLE,
                List.of(),
                List.of(),
                Draft.EMPTY,
                seq,
                0,
                true,
                since,
                false,
                optedOut,
                lastActivity);
    }

    public Conversation withPauseNoticeSent() {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                offer,
                appointments,
                draft,
                seq,
                misses,
                paused,
                pausedSince,
                true,
                optedOut,
                lastActivity);
    }

    public Conversation resumed() {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                offer,
                appointments,
                draft,
                seq,
                misses,
                false,
                null,
                false,
                optedOut,
                lastActivity);
    }

    public Conversation withOptedOut(boolean value) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                offer,
                appointments,
                draft,
                seq,
                misses,
                paused,
                pausedSince,
                pauseNoticeSent,
                value,
                lastActivity);
    }

    public Conversation touchedAt(Instant now) {
        return new Conversation(
                tenant,
                channel,
                conversationKey,
                patientRef,
                language,
                flow,
                step,
                offer,
                appointments,
                draft,
                seq,
                misses,
                paused,
                pausedSince,
                pauseNoticeSent,
                optedOut,
                now);
    }

    /** PHI-free: ids, flow and flags only. */
    @Override
    public String toString() {
        return "Conversation[tenant=" + tenant + ", channel=" + channel + ", flow=" + flow + ", step=" + step
                + ", identified=" + isIdentified() + ", paused=" + paused + ", optedOut=" + optedOut + "]";
    }

    // ------------------------------------------------------------------ map form

    /** A JSON-friendly form: strings, numbers, booleans, lists and maps; nulls left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("tenant", tenant);
        m.put("channel", channel.name());
        m.put("conversation_key", conversationKey);
        put(m, "patient_ref", patientRef);
        m.put("language", language);
        m.put("flow", flow.name());
        m.put("step", step.name());
        if (!offer.isEmpty()) {
            m.put("offer", offer.stream().map(Conversation::slotMap).toList());
        }
        if (!appointments.isEmpty()) {
            m.put(
                    "appointments",
                    appointments.stream().map(Conversation::appointmentMap).toList());
        }
        Map<String, Object> d = draftMap(draft);
        if (!d.isEmpty()) {
            m.put("draft", d);
        }
        m.put("seq", seq);
        m.put("misses", misses);
        m.put("paused", paused);
        put(m, "paused_since", pausedSince);
        m.put("pause_notice_sent", pauseNoticeSent);
        m.put("opted_out", optedOut);
        put(m, "last_activity", lastActivity);
        return m;
    }

    /**
     * Reads {@link #toMap()}'s form back (numbers may come back as any {@link Number}).
     *
     * @throws IllegalArgumentException when a required key is missing or a value is malformed
     */
    public static Conversation fromMap(Map<String, ?> m) {
        Objects.requireNonNull(m, "map");
        try {
            return new Conversation(
                    required(m, "tenant"),
                    Channel.valueOf(required(m, "channel")),
                    required(m, "conversation_key"),
                    str(m, "patient_ref"),
                    str(m, "language"),
                    m.get("flow") == null ? Flow.NONE : Flow.valueOf(str(m, "flow")),
                    m.get("step") == null ? Step.IDLE : Step.valueOf(str(m, "step")),
                    list(m, "offer").stream().map(Conversation::slotFrom).toList(),
                    list(m, "appointments").stream()
                            .map(Conversation::appointmentFrom)
                            .toList(),
                    draftFrom(map(m, "draft")),
                    integer(m, "seq"),
                    integer(m, "misses"),
                    bool(m, "paused"),
                    instant(m, "paused_since"),
                    bool(m, "pause_notice_sent"),
                    bool(m, "opted_out"),
                    instant(m, "last_activity"));
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException(
                    "malformed conversation state: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Map<String, Object> slotMap(OfferedSlot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("start", s.start().toString());
        m.put("end", s.end().toString());
        put(m, "practitioner_id", s.practitionerId());
        put(m, "practitioner_name", s.practitionerName());
        return m;
    }

    private static OfferedSlot slotFrom(Map<String, ?> m) {
        return new OfferedSlot(
                required(m, "id"),
                instant(m, "start"),
                instant(m, "end"),
                str(m, "practitioner_id"),
                str(m, "practitioner_name"));
    }

    private static Map<String, Object> appointmentMap(AppointmentOption a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("ref", a.appointmentRef());
        m.put("start", a.start().toString());
        put(m, "practitioner_name", a.practitionerName());
        return m;
    }

    private static AppointmentOption appointmentFrom(Map<String, ?> m) {
        return new AppointmentOption(
                required(m, "id"), required(m, "ref"), instant(m, "start"), str(m, "practitioner_name"));
    }

    private static Map<String, Object> draftMap(Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "date", d.date());
        put(m, "time", d.time());
        put(m, "part_of_day", d.partOfDay() == null ? null : d.partOfDay().name());
        put(m, "practitioner", d.practitioner());
        put(m, "treatment", d.treatment());
        if (d.selected() != null) {
            m.put("selected", slotMap(d.selected()));
        }
        if (d.appointment() != null) {
            m.put("appointment", appointmentMap(d.appointment()));
        }
        put(
                m,
                "resume_intent",
                d.resumeIntent() == null ? null : d.resumeIntent().wireName());
        put(m, "name", d.name());
        return m;
    }

    private static Draft draftFrom(Map<String, ?> m) {
        if (m.isEmpty()) {
            return Draft.EMPTY;
        }
        Map<String, ?> selected = map(m, "selected");
        Map<String, ?> appointment = map(m, "appointment");
        String resume = str(m, "resume_intent");
        return new Draft(
                m.get("date") == null ? null : LocalDate.parse(str(m, "date")),
                m.get("time") == null ? null : LocalTime.parse(str(m, "time")),
                m.get("part_of_day") == null ? null : PartOfDay.valueOf(str(m, "part_of_day")),
                str(m, "practitioner"),
                str(m, "treatment"),
                selected.isEmpty() ? null : slotFrom(selected),
                appointment.isEmpty() ? null : appointmentFrom(appointment),
                resume == null ? null : Intent.fromWireName(resume).orElse(null),
                str(m, "name"));
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(
                    key,
                    value instanceof String || value instanceof Number || value instanceof Boolean
                            ? value
                            : value.toString());
        }
    }

    private static String str(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static String required(Map<String, ?> m, String key) {
        String v = str(m, key);
        if (v == null) {
            throw new IllegalArgumentException("conversation state lacks '" + key + "'");
        }
        return v;
    }

    private static int integer(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.intValue() : v == null ? 0 : Integer.parseInt(v.toString());
    }

    private static boolean bool(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    private static Instant instant(Map<String, ?> m, String key) {
        String v = str(m, key);
        return v == null ? null : Instant.parse(v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, ?>> list(Map<String, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List<?> items)) {
            return List.of();
        }
        List<Map<String, ?>> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                out.add((Map<String, ?>) map);
            }
        }
        return out;
    }
}
