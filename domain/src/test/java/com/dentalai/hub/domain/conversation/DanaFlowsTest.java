package com.dentalai.hub.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.AppointmentStatus;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.schedule.Slot;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DanaFlowsTest {

    private static Slot slot(int day, int hour, String practitioner) {
        ZonedDateTime start = ZonedDateTime.of(2026, 11, day, hour, 0, 0, 0, ChatHarness.ZONE);
        return new Slot(start.toInstant(), start.plusMinutes(30).toInstant(), practitioner);
    }

    private static ChatHarness withTwoAppointments() {
        ChatHarness h = ChatHarness.knownPatient();
        PatientRef me = h.tools.patientsByPhone.get(ChatHarness.PHONE);
        h.tools.existing(me, slot(24, 9, "p1"));
        h.tools.existing(me, slot(26, 11, "p2"));
        return h;
    }

    @Test
    void cancelsAfterPickingAndConfirmingInHebrew() {
        ChatHarness h = withTwoAppointments();
        h.say("אני צריכה לבטל תור");
        assertThat(h.text()).startsWith("איזה תור לבטל?").contains("יום שלישי, 24.11 בשעה 09:00 אצל Dr. Cohen");
        assertThat(h.optionIds()).containsExactly("appt:1", "appt:2");
        h.tap("appt:2");
        assertThat(h.text()).startsWith("לבטל את התור ביום חמישי, 26.11 בשעה 11:00");
        h.say("כן");
        assertThat(h.text()).contains("בוטל");
        assertThat(h.tools.appointments.get("appt-2").status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(h.tools.appointments.get("appt-1").status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void cancelNamingTheDayGoesStraightToConfirmationAndNoKeepsIt() {
        ChatHarness h = withTwoAppointments();
        h.say("I can't make it on Tuesday, please cancel");
        assertThat(h.state.step()).isEqualTo(Step.CONFIRM_CANCEL);
        assertThat(h.text()).startsWith("Cancel your appointment on Tuesday 24 November at 09:00 with Dr. Cohen?");
        h.say("no");
        assertThat(h.text()).isEqualTo("OK, your appointment stays as it is.");
        assertThat(h.tools.booked()).hasSize(2);
    }

    @Test
    void cancelWithNothingBookedOffersToBook() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("cancel my appointment");
        assertThat(h.text()).startsWith("You have no upcoming appointments.").contains("menu:book");
        h.tap("menu:book");
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
    }

    @Test
    void reschedulesToANewTime() {
        ChatHarness h = withTwoAppointments();
        h.say("I need to reschedule my appointment");
        assertThat(h.text()).startsWith("Which appointment should I move?");
        h.say("the first");
        assertThat(h.state.flow()).isEqualTo(Flow.RESCHEDULE);
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
        h.say("Wednesday at 15:00");
        assertThat(h.text()).startsWith("Move your appointment to Wednesday 25 November at 15:00");
        h.say("yes");
        assertThat(h.text()).startsWith("Your appointment is moved to Wednesday 25 November at 15:00");
        Appointment moved = h.tools.appointments.get("appt-1");
        assertThat(moved.start()).isEqualTo(slot(25, 15, "p1").start());
    }

    @Test
    void rescheduleInHebrewWithALostRace() {
        ChatHarness h = withTwoAppointments();
        h.say("אפשר להזיז את התור של יום חמישי?");
        assertThat(h.state.flow()).isEqualTo(Flow.RESCHEDULE);
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
        h.say("1");
        h.tools.loseNextRace = true;
        h.say("כן");
        assertThat(h.text()).startsWith("מצטערת, המועד הזה נתפס הרגע.");
        assertThat(h.state.step()).isEqualTo(Step.ASK_DAY);
    }

    @Test
    void listsMyAppointments() {
        ChatHarness h = withTwoAppointments();
        h.say("מה התורים שלי?");
        assertThat(h.text())
                .startsWith("התורים הקרובים שלך:")
                .contains("• יום שלישי, 24.11 בשעה 09:00")
                .contains("• יום חמישי, 26.11 בשעה 11:00");
        ChatHarness none = ChatHarness.knownPatient();
        none.tap("menu:list");
        assertThat(none.text()).startsWith("אין לך תורים קרובים.");
    }

    @Test
    void clinicInformationFromTheTenant() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("מה שעות הפתיחה?");
        assertThat(h.text())
                .isEqualTo("שעות הפעילות של המרפאה:\nראשון עד רביעי: 08:00 עד 18:00\nחמישי: 08:00 עד 14:00"
                        + "\nשישי ושבת: סגור");
        h.say("איפה אתם נמצאים?");
        assertThat(h.text()).isEqualTo("הכתובת שלנו: שדרות רוטשילד 1, תל אביב");
        h.say("how much is a cleaning?");
        assertThat(h.text()).isEqualTo("Cleaning: 350 ₪\nThe final price is set after an examination.");
        h.say("what are your prices");
        assertThat(h.text()).contains("Our prices:").contains("Check-up: 200 ₪");
        h.tap("menu:hours");
        assertThat(h.text()).contains("Our opening hours").contains("1 Rothschild Blvd");
    }

    @Test
    void greetingThanksAndMenu() {
        ChatHarness h = ChatHarness.whatsapp();
        h.say("שלום");
        assertThat(h.text())
                .startsWith("שלום! אני דנה, העוזרת הדיגיטלית של Smile Tel Aviv.")
                .contains("[menu:book|קביעת תור]");
        h.say("thanks!");
        assertThat(h.text()).startsWith("You're welcome!");
        h.send(new MessageContent.Command("start", ""));
        assertThat(h.text()).contains("How can I help?");
        assertThat(h.tools.calls).isEmpty();
    }

    @Test
    void unsubscribeSetsTheFlagAndTellsTheRoutes() {
        ChatHarness h = ChatHarness.whatsapp();
        h.say("stop sending me messages");
        assertThat(h.state.optedOut()).isTrue();
        assertThat(h.last.effects(Effect.Unsubscribed.class)).hasSize(1);
        assertThat(h.text()).contains("You won't get reminders");
        ChatHarness he = ChatHarness.whatsapp();
        he.send(new MessageContent.Command("stop", ""));
        assertThat(he.state.optedOut()).isTrue();
        assertThat(he.text()).startsWith("הסרתי אותך");
    }

    @Test
    void outOfScopeUnsupportedEmojiAndLongInputGetAPoliteMenu() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("what's the weather like in Paris?");
        assertThat(h.text()).startsWith("Sorry, I didn't get that.").contains("menu:book");
        h.say("😀😀🦷");
        assertThat(h.state.language()).isEqualTo("en");
        assertThat(h.text()).startsWith("Sorry, I didn't get that.");
        h.send(new MessageContent.Unsupported("sticker"));
        assertThat(h.text()).startsWith("I can only read text messages here.");
        h.send(new MessageContent.Image("media-1", "image/jpeg", "my tooth"));
        assertThat(h.text()).startsWith("I can only read text messages here.");
        h.send(new MessageContent.Location(32.0, 34.7, null, null));
        assertThat(h.last.replies()).hasSize(1);
        h.say("א".repeat(4000));
        assertThat(h.last.replies()).hasSize(1);
        h.say("I want to book an appointment " + "please ".repeat(600));
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
    }

    @Test
    void mixedHebrewAndEnglishAnswersInTheMajorityLanguage() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("היי, אני רוצה לקבוע תור ל-cleaning מחר");
        assertThat(h.state.language()).isEqualTo("he");
        assertThat(h.text()).contains("אלה המועדים הפנויים");
        h.say("please book the first one");
        assertThat(h.state.language()).isEqualTo("en");
        assertThat(h.text()).startsWith("Book Monday 23 November");
    }

    @Test
    void registersAnUnknownPatientThenContinuesTheBooking() {
        ChatHarness h = ChatHarness.whatsapp();
        h.say("I want to book tomorrow morning");
        assertThat(h.state.step()).isEqualTo(Step.ASK_NAME);
        assertThat(h.text()).contains("What is your full name?");
        h.say("My name is Noa Levi");
        assertThat(h.text()).startsWith("Thanks, Noa Levi. Is your number +972501234567?");
        h.tap("yes:" + h.state.seq());
        assertThat(h.last.effects(Effect.PatientIdentified.class))
                .singleElement()
                .satisfies(e -> assertThat(e.registered()).isTrue());
        assertThat(h.tools.names).containsValue("Noa Levi");
        assertThat(h.text()).startsWith("You're registered, Noa Levi.").contains("Here are the free times");
        assertThat(h.state.offer().get(0).start().atZone(ChatHarness.ZONE).getDayOfMonth())
                .isEqualTo(23);
    }

    @Test
    void registersInHebrewWithATypedPhoneWhenTheChannelGivesNone() {
        ChatHarness h = new ChatHarness(Channel.TELEGRAM, null);
        h.say("מה התורים שלי");
        assertThat(h.text()).isEqualTo("כדי להמשיך אני צריכה כמה פרטים. מה השם המלא שלך?");
        h.say("12345");
        assertThat(h.text()).startsWith("לא הצלחתי להבין");
        h.say("שמי דנה כהן");
        assertThat(h.text()).isEqualTo("תודה, דנה כהן. מה מספר הטלפון שלך?");
        h.say("050-765-4321");
        assertThat(h.tools.patientsByPhone).containsKey("0507654321");
        assertThat(h.text()).startsWith("נרשמת בהצלחה, דנה כהן.").contains("אין לך תורים קרובים");
        assertThat(h.state.isIdentified()).isTrue();
    }

    @Test
    void registrationAcceptsASharedContactAndADeniedPhone() {
        ChatHarness h = ChatHarness.whatsapp();
        h.say("cancel my appointment");
        h.say("Avi Cohen");
        h.say("no");
        assertThat(h.state.step()).isEqualTo(Step.ASK_PHONE);
        h.send(new MessageContent.ContactShared("+972529999999", true));
        assertThat(h.tools.patientsByPhone).containsKey("+972529999999");
        assertThat(h.text()).contains("You have no upcoming appointments");
    }
}
