package com.dentalai.hub.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.telegram.TelegramPayloads;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.reminders.ReminderKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Staff edit appointments in smile-tlv's (stand-in) Odoo: the change feed's events become reminder
 * rows, the dispatcher sends them at the tenant's local hour (clock injected) on the patient's
 * channel, a second dispatcher never sends anything twice, and the patient's taps land in Odoo.
 */
@HubTest
class RemindersFlowTest extends ReminderTestSupport {

    @Test
    void aStaffEditBecomesAWhatsAppReminderAtSixPmLocalAndConfirmLandsInOdoo() throws Exception {
        String waId = "97252" + seq;
        long patient = patient("052-" + seq);
        // staff book on Tuesday 12 March 2030, then move it to Thursday 14 March, 08:30 local (UTC+2)
        long appointment = book(patient, "2030-03-12 08:00:00", "draft");
        awaitRow(appointment, "2030-03-12T08:00:00Z", ReminderKind.DAY_BEFORE);
        write(appointment, Map.of("start", "2030-03-14 06:30:00", "stop", "2030-03-14 07:00:00"));

        ReminderRow row = awaitRow(appointment, "2030-03-14T06:30:00Z", ReminderKind.DAY_BEFORE);
        assertThat(row.dueAt()).isEqualTo(Instant.parse("2030-03-13T16:00:00Z")); // 18:00 in Jerusalem
        await().atMost(WAIT).until(() -> rows(appointment).stream()
                .anyMatch(r ->
                        r.version().equals("2030-03-12T08:00:00Z") && r.state().equals(ReminderRow.SUPERSEDED)));

        clock.set(Instant.parse("2030-03-13T15:59:00Z"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> sentTo(waId)
                .isEmpty());

        // a second hub instance runs its own dispatcher against the same database all along
        ReminderDispatcher second = new ReminderDispatcher(store, delivery, tenants, properties, clock, meters);
        clock.set(Instant.parse("2030-03-13T16:00:01Z"));
        await().atMost(WAIT).until(() -> {
            second.tick();
            return !sentTo(waId).isEmpty();
        });
        for (int i = 0; i < 5; i++) {
            second.tick();
        }
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> sentTo(waId).size() == 1);

        JsonNode template = sentTo(waId).get(0).path("template");
        assertThat(template.path("name").asText()).isEqualTo("appointment_reminder");
        assertThat(template.path("language").path("code").asText()).isEqualTo("he");
        assertThat(template.toString())
                .contains("rm:" + row.id() + ":c", "rm:" + row.id() + ":x", "rm:" + row.id() + ":r");
        assertThat(template.toString()).contains("08:30");

        whatsapp(WhatsAppPayloads.templateButton(
                PHONE_NUMBER_ID, waId, "Pat", wamid(), "wamid.x", "rm:" + row.id() + ":c", "מאשר/ת", now()));
        await().atMost(WAIT)
                .until(() -> "confirm".equals(appointmentRecord(appointment).get("appointment_status")));
        await().atMost(WAIT).until(() -> chatter(appointment).contains("confirmed"));
        await().atMost(WAIT).until(() -> sentTo(waId).size() == 2);
        assertThat(sentTo(waId).get(1).toString()).contains("נתראה");
    }

    @Test
    void movedAfterTheReminderGetsANewOneAndATapOnTheOldOneIsToldTheTimeChanged() throws Exception {
        String waId = "97254" + seq;
        long patient = patient("054-" + seq);
        long appointment = book(patient, "2030-03-20 07:00:00", "confirm");
        ReminderRow first = awaitRow(appointment, "2030-03-20T07:00:00Z", ReminderKind.DAY_BEFORE);
        clock.set(first.dueAt().plusSeconds(1));
        await().atMost(WAIT).until(() -> sentTo(waId).size() == 1);

        write(appointment, Map.of("start", "2030-03-25 07:00:00", "stop", "2030-03-25 07:30:00"));
        ReminderRow second = awaitRow(appointment, "2030-03-25T07:00:00Z", ReminderKind.DAY_BEFORE);
        await().atMost(WAIT).until(() -> row(first.id()).state().equals(ReminderRow.SUPERSEDED));
        clock.set(second.dueAt().plusSeconds(1));
        await().atMost(WAIT).until(() -> sentTo(waId).size() == 2);
        assertThat(sentTo(waId).get(1).toString()).contains("rm:" + second.id() + ":c");

        whatsapp(WhatsAppPayloads.templateButton(
                PHONE_NUMBER_ID, waId, "Pat", wamid(), "wamid.x", "rm:" + first.id() + ":x", "ביטול", now()));
        await().atMost(WAIT).until(() -> sentTo(waId).size() == 3);
        assertThat(sentTo(waId).get(2).toString()).contains("השתנה");
        assertThat(appointmentRecord(appointment).get("appointment_status")).isEqualTo("confirm");
    }

    @Test
    void cancelledGetsNoneAndTheSameEventTwicePlansOnce() throws Exception {
        long patient = patient("053-" + seq);
        long appointment = book(patient, "2030-04-02 07:00:00", "confirm");
        ReminderRow row = awaitRow(appointment, "2030-04-02T07:00:00Z", ReminderKind.DAY_BEFORE);

        // the feed re-reads its cursor's second: the same write again must not plan twice
        write(appointment, Map.of("start", "2030-04-02 07:00:00"));
        write(appointment, Map.of("appointment_status", "cancelled"));
        await().atMost(WAIT).until(() -> row(row.id()).state().equals(ReminderRow.CANCELLED));
        assertThat(rows(appointment)).hasSize(1);

        clock.set(row.dueAt().plusSeconds(1));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> row(row.id()).state().equals(ReminderRow.CANCELLED));
        assertThat(row(row.id()).channel()).isNull();
    }

    @Test
    void aPatientWithoutAPhoneOrWithAnInvalidOneBecomesACallForTheFrontDesk() throws Exception {
        long noPhone = odoo.seed("patient.patient", Map.of("patient_name", "No Phone " + seq));
        long badPhone = patient("12");
        long a = book(noPhone, "2030-04-10 07:00:00", "confirm");
        long b = book(badPhone, "2030-04-10 08:00:00", "confirm");
        ReminderRow ra = awaitRow(a, "2030-04-10T07:00:00Z", ReminderKind.DAY_BEFORE);
        awaitRow(b, "2030-04-10T08:00:00Z", ReminderKind.DAY_BEFORE);

        clock.set(ra.dueAt().plusSeconds(1));
        await().atMost(WAIT)
                .until(() -> ReminderDelivery.ACTIVITY.equals(rows(a).get(0).channel())
                        && ReminderDelivery.ACTIVITY.equals(rows(b).get(0).channel()));
        assertThat(activities(a)).hasSize(1);
        assertThat(activities(b)).hasSize(1);
        assertThat(activities(a).get(0)).containsEntry("res_model", MODEL);
        assertThat(rows(a).get(0).state()).isEqualTo(ReminderRow.SENT);
    }

    @Test
    void aTelegramPatientGetsInlineButtonsAndATemplateFailureFallsBackToTelegram() throws Exception {
        long chat = seq;
        long patient = patient("055-" + seq);
        bind(Channel.TELEGRAM, Long.toString(chat), patient, "en", Instant.now());
        long appointment = book(patient, "2030-04-15 07:00:00", "confirm");
        ReminderRow row = awaitRow(appointment, "2030-04-15T07:00:00Z", ReminderKind.DAY_BEFORE);
        clock.set(row.dueAt().plusSeconds(1));
        await().atMost(WAIT).until(() -> telegramTo(chat).size() == 1);
        JsonNode sent = telegramTo(chat).get(0);
        assertThat(sent.path("text").asText()).contains("Reminder");
        assertThat(sent.path("reply_markup").toString()).contains("rm:" + row.id() + ":c");

        telegram(
                TelegramPayloads.callback(update(), "cb" + update(), chat, chat, 9, "rm:" + row.id() + ":x", "Cancel"));
        await().atMost(WAIT)
                .until(() -> "cancelled".equals(appointmentRecord(appointment).get("appointment_status")));
        await().atMost(WAIT).until(() -> chatter(appointment).contains("Cancel"));
        assertThat(telegram.answeredCallbacks()).isNotEmpty();

        // WhatsApp first (the newer chat), but Meta refuses the template: Telegram carries it
        long both = patient("058-" + seq);
        String waId = "97258" + seq;
        bind(
                Channel.TELEGRAM,
                Long.toString(chat + 1),
                both,
                "en",
                Instant.now().minusSeconds(3600));
        bind(Channel.WHATSAPP, waId, both, "en", Instant.now());
        long second = book(both, "2030-04-16 07:00:00", "confirm");
        ReminderRow secondRow = awaitRow(second, "2030-04-16T07:00:00Z", ReminderKind.DAY_BEFORE);
        graph.failNext(400, 132001, "(#132001) Template name does not exist in the translation");
        clock.set(secondRow.dueAt().plusSeconds(1));
        await().atMost(WAIT).until(() -> telegramTo(chat + 1).size() == 1);
        // the row is settled just after the send returns: wait for it rather than race it
        await().atMost(WAIT).until(() -> "TELEGRAM".equals(row(secondRow.id()).channel()));
        assertThat(sentTo(waId)).isEmpty();
    }

    @Test
    void twoClaimantsAtOnceSendEveryDueRowExactlyOnce() throws Exception {
        long chat = seq + 7;
        long patient = patient("050-" + seq);
        bind(Channel.TELEGRAM, Long.toString(chat), patient, "he", Instant.now());
        Instant due = Instant.parse("2030-05-01T16:00:00Z");
        for (int i = 0; i < 20; i++) {
            store.plan(
                    TENANT,
                    "claim-" + seq + "-" + i,
                    "v1",
                    ReminderKind.DAY_BEFORE,
                    due,
                    due.plusSeconds(50_000),
                    Long.toString(patient));
        }
        clock.set(due.plusSeconds(1));
        ReminderDispatcher one = new ReminderDispatcher(store, delivery, tenants, properties, clock, meters);
        ReminderDispatcher two = new ReminderDispatcher(store, delivery, tenants, properties, clock, meters);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> claimants = new ArrayList<>();
            claimants.add(() -> drain(one, "claimant-one"));
            claimants.add(() -> drain(two, "claimant-two"));
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(claimants)) {
                total += f.get();
            }
            assertThat(total).isGreaterThanOrEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        await().atMost(WAIT).until(() -> telegramTo(chat).size() >= 20);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> telegramTo(chat).size() == 20);
    }
}
