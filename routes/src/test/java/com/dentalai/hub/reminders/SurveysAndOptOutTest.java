package com.dentalai.hub.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.telegram.TelegramPayloads;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.clinic.AppointmentChanged;
import com.dentalai.hub.domain.reminders.ReminderKind;
import io.micrometer.core.instrument.DistributionSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After the visit: one survey per appointment, rated with a tap, commented by typing, stored on the
 * appointment's chatter and as the {@code hub.survey.rating} metric; never to a patient who said
 * "stop". Also: Reschedule on a reminder hands the chat to Dana's reschedule flow.
 */
@HubTest
class SurveysAndOptOutTest extends ReminderTestSupport {

    @Autowired
    ReminderPlanner planner;

    @Test
    void aCompletedVisitGetsOneSurveyRatedAndCommentedOnWhatsApp() throws Exception {
        String waId = "97257" + seq;
        long patient = patient("057-" + seq);
        long appointment = book(patient, "2030-06-01 07:00:00", "confirm");
        awaitRow(appointment, "2030-06-01T07:00:00Z", ReminderKind.DAY_BEFORE);

        write(appointment, Map.of("appointment_status", "completed_appointment"));
        ReminderRow survey = awaitRow(appointment, ReminderRow.SURVEY_VERSION, ReminderKind.SURVEY);
        // the same completion reported again plans nothing more
        AppointmentChanged again = new AppointmentChanged(
                TENANT,
                Long.toString(appointment),
                AppointmentChanged.Kind.COMPLETED,
                Instant.parse("2030-06-01T07:00:00Z"),
                null,
                null,
                Long.toString(patient),
                "again");
        planner.plan(again);
        planner.plan(again);

        clock.set(survey.dueAt().plusSeconds(1));
        await().atMost(WAIT).until(() -> sentTo(waId).size() == 1);
        assertThat(sentTo(waId).get(0).path("interactive").toString()).contains("sv:" + survey.id() + ":5");

        whatsapp(WhatsAppPayloads.listReply(
                PHONE_NUMBER_ID,
                waId,
                "Pat",
                wamid(),
                "wamid.s",
                "sv:" + survey.id() + ":5",
                "5 - מצוין",
                null,
                now()));
        await().atMost(WAIT).until(() -> chatter(appointment).contains("5/5"));
        await().atMost(WAIT).until(() -> sentTo(waId).size() == 2);
        whatsapp(WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Pat", wamid(), "The hygienist was lovely", now()));
        await().atMost(WAIT).until(() -> chatter(appointment).contains("The hygienist was lovely"));

        DistributionSummary ratings =
                meters.find("hub.survey.rating").tag("tenant", TENANT).summary();
        assertThat(ratings).isNotNull();
        assertThat(ratings.max()).isEqualTo(5.0);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sentTo(waId).size() == 3);
        assertThat(rows(appointment).stream().filter(r -> r.kind() == ReminderKind.SURVEY))
                .hasSize(1);
    }

    @Test
    void aPatientWhoSaidStopGetsNoSurveyButStillTheirReminder() throws Exception {
        String waId = "97259" + seq;
        long patient = patient("059-" + seq);
        whatsapp(WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Pat", wamid(), "stop", now()));
        await().atMost(WAIT).until(() -> optedOut(waId));

        long appointment = book(patient, "2030-06-05 07:00:00", "confirm");
        ReminderRow reminder = awaitRow(appointment, "2030-06-05T07:00:00Z", ReminderKind.DAY_BEFORE);
        clock.set(reminder.dueAt().plusSeconds(1));
        await().atMost(WAIT).until(() -> row(reminder.id()).state().equals(ReminderRow.SENT));
        assertThat(row(reminder.id()).channel()).isEqualTo("WHATSAPP");

        write(appointment, Map.of("appointment_status", "completed_appointment"));
        ReminderRow survey = awaitRow(appointment, ReminderRow.SURVEY_VERSION, ReminderKind.SURVEY);
        int before = sentTo(waId).size();
        clock.set(survey.dueAt().plusSeconds(1));
        await().atMost(WAIT).until(() -> row(survey.id()).state().equals(ReminderRow.SKIPPED));
        assertThat(sentTo(waId)).hasSize(before);
    }

    @Test
    void rescheduleOnATelegramReminderHandsTheChatToDanasRescheduleFlow() throws Exception {
        long chat = seq + 11;
        long patient = patient("056-" + seq);
        bind(Channel.TELEGRAM, Long.toString(chat), patient, "en", Instant.now());
        long appointment = book(patient, "2030-06-10 07:00:00", "confirm");
        ReminderRow row = awaitRow(appointment, "2030-06-10T07:00:00Z", ReminderKind.DAY_BEFORE);
        clock.set(row.dueAt().plusSeconds(1));
        await().atMost(WAIT).until(() -> telegramTo(chat).size() == 1);

        telegram(TelegramPayloads.callback(
                update(), "cb" + update(), chat, chat, 5, "rm:" + row.id() + ":r", "Reschedule"));
        await().atMost(WAIT).until(() -> telegramTo(chat).size() == 2);
        assertThat(telegramTo(chat).get(1).path("text").asText()).contains("new time");
        await().atMost(WAIT).until(() -> chatter(appointment).contains("reschedule"));
        String state = tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForObject(
                        "select state::text from conversations where tenant_id = ? and channel = 'TELEGRAM' and conversation_key = ?",
                        String.class,
                        TENANT,
                        Long.toString(chat)));
        assertThat(state).contains("RESCHEDULE", "ASK_DAY", Long.toString(appointment));
    }

    private boolean optedOut(String waId) {
        return tx.inTenant(
                        TENANT,
                        jdbc -> jdbc.queryForObject(
                                "select count(*) from patient_opt_outs where tenant_id = ? and conversation_key = ?",
                                Integer.class,
                                TENANT,
                                waId))
                > 0;
    }
}
