package com.dentalai.hub.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.nlu.Intent;
import com.dentalai.hub.domain.nlu.PartOfDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void everyFieldSurvivesTheMapForm() {
        OfferedSlot slot = new OfferedSlot("slot:4", T, T.plusSeconds(1800), "p1", "Dr. Cohen");
        AppointmentOption appt = new AppointmentOption("appt:5", "appt-1", T.plusSeconds(86400), null);
        Draft draft = new Draft(
                LocalDate.of(2026, 11, 23),
                LocalTime.of(9, 30),
                PartOfDay.MORNING,
                "Dr. Cohen",
                "cleaning",
                slot,
                appt,
                Intent.RESCHEDULE_APPOINTMENT,
                "Noa");
        Conversation c = new Conversation(
                "smile-tlv",
                Channel.TELEGRAM,
                "-100123456789012",
                "res.partner:7",
                "en",
                Flow.RESCHEDULE,
                Step.CONFIRM_SLOT,
                List.of(slot),
                List.of(appt),
                draft,
                6,
                1,
                true,
                T,
                true,
                true,
                T);
        Map<String, Object> map = c.toMap();
        assertThat(map).containsEntry("channel", "TELEGRAM").containsEntry("step", "CONFIRM_SLOT");
        assertThat(Conversation.fromMap(map)).isEqualTo(c);
        // numbers come back from JSON as other Number types, booleans may be strings
        Map<String, Object> json = new HashMap<>(map);
        json.put("seq", 6L);
        json.put("paused", "true");
        assertThat(Conversation.fromMap(json)).isEqualTo(c);
        assertThat(c.toString()).doesNotContain("res.partner").doesNotContain("Noa");
        assertThat(c.pausedLongerThan(Duration.ofMinutes(5), T.plusSeconds(600)))
                .isTrue();
        assertThat(c.resumed().paused()).isFalse();
    }

    @Test
    void aFreshConversationHasOnlyTheRequiredKeysAndDefaults() {
        Conversation c = Conversation.start("t", Channel.WEBCHAT, "session-1", "fr", T);
        assertThat(c.language()).isEqualTo("he");
        Map<String, Object> map = c.toMap();
        assertThat(map).doesNotContainKeys("patient_ref", "offer", "draft", "paused_since");
        assertThat(Conversation.fromMap(map)).isEqualTo(c);
        assertThat(Conversation.fromMap(Map.of("tenant", "t", "channel", "WEBCHAT", "conversation_key", "k"))
                        .step())
                .isEqualTo(Step.IDLE);
    }

    @Test
    void aBrokenMapIsRejectedClearly() {
        assertThatThrownBy(() -> Conversation.fromMap(Map.of("tenant", "t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel");
        assertThatThrownBy(() -> Conversation.fromMap(Map.of("tenant", "t", "channel", "FAX", "conversation_key", "k")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Conversation.fromMap(
                        Map.of("tenant", "t", "channel", "WEBCHAT", "conversation_key", "k", "last_activity", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAndPhonesAreReadConservatively() {
        assertThat(Dana.cleanName("My name is Noa Levi.")).isEqualTo("Noa Levi");
        assertThat(Dana.cleanName("קוראים לי יעל בר-און")).isEqualTo("יעל בר-און");
        assertThat(Dana.cleanName("12345")).isNull();
        assertThat(Dana.cleanName("a b c d e f g")).isNull();
        assertThat(Dana.cleanName(null)).isNull();
        assertThat(Dana.phoneIn("050-765-4321")).contains("0507654321");
        assertThat(Dana.phoneIn("+972 50 765 4321")).contains("+972507654321");
        assertThat(Dana.phoneIn("my number is 12")).isEmpty();
        assertThat(Dana.phoneIn("hello")).isEmpty();
    }

    @Test
    void turnExposesTheHandover() {
        Conversation c = Conversation.start("t", Channel.WEBCHAT, "k", "he", T);
        Turn turn = new Turn(c, null, List.of(new Effect.Handover("note"), new Effect.Unsubscribed()));
        assertThat(turn.handover()).contains(new Effect.Handover("note"));
        assertThat(turn.replies()).isEmpty();
        assertThat(new ToolUnavailableException("book", "down").tool()).isEqualTo("book");
    }
}
