package com.dentalai.hub.domain.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.reminders.ReminderChoice.Answer;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReminderChoiceTest {

    @Test
    void idsRoundTrip() {
        for (Answer a : new Answer[] {Answer.CONFIRM, Answer.CANCEL, Answer.RESCHEDULE}) {
            String id = ReminderChoice.reminder(42, a);
            assertThat(ReminderChoice.parse(id)).contains(new ReminderChoice(42, a, 0));
        }
        assertThat(ReminderChoice.parse(ReminderChoice.rating(7, 5))).contains(new ReminderChoice(7, Answer.RATING, 5));
        assertThat(ReminderChoice.parse(ReminderChoice.noComment(7)))
                .hasValueSatisfying(c -> assertThat(c.isSurvey()).isTrue());
        assertThat(new ReminderChoice(9, Answer.CANCEL, 0).id()).isEqualTo("rm:9:x");
        assertThat(new ReminderChoice(9, Answer.CANCEL, 0).isSurvey()).isFalse();
    }

    @Test
    void foreignOrMalformedIdsAreNotOurs() {
        assertThat(ReminderChoice.parse(null)).isEmpty();
        assertThat(ReminderChoice.parse("menu:book")).isEmpty();
        assertThat(ReminderChoice.parse("rm:1:z")).isEmpty();
        assertThat(ReminderChoice.parse("sv:1:6")).isEmpty();
        assertThat(ReminderChoice.parse("rm:abc:c")).isEmpty();
        assertThatThrownBy(() -> new ReminderChoice(1, Answer.RATING, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderChoice.reminder(1, Answer.RATING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsFitTheChannelsLimitsInBothLanguages() {
        Instant start = Instant.parse("2026-03-10T22:15:00Z");
        ZoneId zone = ZoneId.of("Asia/Jerusalem");
        for (String lang : new String[] {"he", "en"}) {
            OutboundMessage reminder = ReminderTexts.reminder(123456789L, "Smile Tel Aviv", start, zone, lang);
            assertThat(reminder).isInstanceOf(OutboundMessage.Buttons.class);
            assertThat(ReminderTexts.survey(5, "Smile", lang)).isInstanceOf(OutboundMessage.ListMenu.class);
            assertThat(ReminderTexts.askComment(5, lang)).isInstanceOf(OutboundMessage.Buttons.class);
            assertThat(ReminderTexts.reminderSms("Smile", "+972-3-555-0100", start, zone, lang))
                    .contains("+972-3-555-0100");
            for (String text : new String[] {
                ReminderTexts.commentThanks(lang),
                ReminderTexts.surveyDone(lang),
                ReminderTexts.confirmed(start, zone, lang),
                ReminderTexts.cancelled(start, zone, lang),
                ReminderTexts.askNewDay(lang),
                ReminderTexts.changed(lang),
                ReminderTexts.noLongerOpen(lang),
                ReminderTexts.alreadyAnswered(lang)
            }) {
                assertThat(text).isNotBlank();
            }
        }
        // 00:15 local on Wednesday 11 March
        assertThat(ReminderTexts.when(start, zone, "en")).isEqualTo("Wednesday 11 March at 00:15");
        assertThat(ReminderTexts.when(start, zone, "he")).isEqualTo("יום רביעי, 11.3 בשעה 00:15");
        for (Answer a : Answer.values()) {
            assertThat(ReminderTexts.staffNote(a, "WHATSAPP")).contains("WHATSAPP");
        }
    }
}
