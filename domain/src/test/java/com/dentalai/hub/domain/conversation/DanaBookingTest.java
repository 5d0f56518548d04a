package com.dentalai.hub.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.clinic.Appointment;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DanaBookingTest {

    @Test
    void booksInHebrewByTappingAndConfirming() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("אפשר לקבוע תור למחר בבוקר?");
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
        assertThat(h.state.offer()).hasSize(3);
        assertThat(h.text())
                .contains("אלה המועדים הפנויים")
                .contains("יום שני, 23.11 בשעה 08:00")
                .contains("Dr. Cohen");
        assertThat(h.optionIds()).containsExactly("slot:1", "slot:2", "slot:3");
        assertThat(h.last.effects(Effect.PatientIdentified.class)).hasSize(1);

        h.tap("slot:2");
        assertThat(h.state.step()).isEqualTo(Step.CONFIRM_SLOT);
        assertThat(h.text()).startsWith("לקבוע תור ליום שני, 23.11");
        String yes = h.optionIds().get(0);
        assertThat(yes).startsWith("yes:");

        h.tap(yes);
        assertThat(h.text())
                .startsWith("התור נקבע ליום שני, 23.11 בשעה")
                .contains("אצל Dr.")
                .contains("נתראה");
        assertThat(h.state.flow()).isEqualTo(Flow.NONE);
        assertThat(h.tools.booked()).hasSize(1);
        // the request key is the confirming message's provider id: a replay cannot book twice
        assertThat(h.tools.byRequestKey).containsKey(h.lastProviderId());
    }

    @Test
    void booksInEnglishPickingByWordsAndTypingYes() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("Hi, can I book an appointment tomorrow afternoon?");
        assertThat(h.state.language()).isEqualTo("en");
        assertThat(h.text()).contains("Here are the free times").contains("Monday 23 November at 12:00");
        h.say("the second one");
        assertThat(h.text()).startsWith("Book Monday 23 November at 12:");
        h.say("yes please");
        assertThat(h.text())
                .startsWith("You're booked for Monday 23 November at 12:")
                .contains("with Dr.");
        Appointment a = h.tools.booked().get(0);
        assertThat(a.start().atZone(ChatHarness.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void anExactTimeGoesStraightToConfirmation() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("I'd like to book on Tuesday at 10:30 with Dr. Levi");
        assertThat(h.state.step()).isEqualTo(Step.CONFIRM_SLOT);
        assertThat(h.text())
                .isEqualTo("Book Tuesday 24 November at 10:30 with Dr. Levi?\n[yes:2|Yes, confirm] [no:2|No]");
        h.tap("yes:2");
        assertThat(h.tools.booked())
                .singleElement()
                .satisfies(a -> assertThat(a.practitioner().ref()).isEqualTo("p2"));
    }

    @Test
    void pickingByTimeAndHebrewOrdinal() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("רוצה תור ביום שלישי בבוקר");
        assertThat(h.state.offer()).hasSize(3);
        h.say("השלישי");
        assertThat(h.state.draft().selected().id()).isEqualTo("slot:3");
        h.say("לא");
        assertThat(h.state.step()).isEqualTo(Step.ASK_DAY);
        assertThat(h.text()).contains("איזה יום או שעה");
        h.say("יום רביעי ב-9");
        assertThat(h.state.step()).isEqualTo(Step.CONFIRM_SLOT);
        assertThat(h.state.draft().selected().start().atZone(ChatHarness.ZONE).toLocalTime())
                .isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aLostRaceApologisesAndOffersTheAlternatives() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("book me tomorrow at 9");
        h.tools.loseNextRace = true;
        h.say("yes");
        assertThat(h.text()).startsWith("Sorry, that time was just taken.").contains("Here are the free times");
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
        assertThat(h.tools.booked()).isEmpty();
        h.say("1");
        h.say("yes");
        assertThat(h.tools.booked()).hasSize(1);
    }

    @Test
    void aFullDayOffersTheNextDaysAndNothingAtAllAsksForAnotherDay() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("תור ביום שישי");
        assertThat(h.text()).startsWith("אין מקום פנוי ביום שביקשת.").contains("יום ראשון, 29.11");

        ChatHarness full = ChatHarness.knownPatient();
        full.tools.fullyBooked = true;
        full.say("I need an appointment next week");
        assertThat(full.text()).contains("Which other day suits you?");
        assertThat(full.state.step()).isEqualTo(Step.ASK_DAY);
    }

    @Test
    void anUnknownDentistIsSaidAndTheWholeTeamSearched() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("book with Dr. Zilberman tomorrow");
        assertThat(h.text()).startsWith("I couldn't find a dentist by that name");
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
    }

    @Test
    void odooDownParksTheMessageAndKeepsTheState() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("book me tomorrow at 9");
        Conversation before = h.state;
        h.tools.down = true;
        h.say("yes");
        assertThat(h.text()).contains("I've saved your request");
        assertThat(h.last.effects(Effect.Parked.class)).singleElement().satisfies(p -> assertThat(p.tool())
                .isEqualTo("book"));
        assertThat(h.state.step()).isEqualTo(before.step());
        assertThat(h.state.draft()).isEqualTo(before.draft());
        h.tools.down = false;
        h.say("yes");
        assertThat(h.tools.booked()).hasSize(1);
    }

    @Test
    void odooDownInHebrew() {
        ChatHarness h = ChatHarness.knownPatient();
        h.tools.down = true;
        h.say("אני רוצה לקבוע תור");
        assertThat(h.text()).isEqualTo("המערכת שלנו לא זמינה כרגע. שמרתי את הבקשה שלך, ונחזור אליך בהקדם.");
    }

    @Test
    void aWrongAnswerIsAskedAgainOnceThenTheMenu() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("book tomorrow morning");
        h.say("banana");
        assertThat(h.text()).startsWith("I didn't catch your choice.").contains("Here are the free times");
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
        h.say("banana again");
        assertThat(h.text()).startsWith("Let's start over.").contains("menu:book");
        assertThat(h.state.flow()).isEqualTo(Flow.NONE);
        h.say("7");
        assertThat(h.state.flow()).isEqualTo(Flow.NONE);
    }

    @Test
    void aStaleButtonSaysExpiredAndRepeatsTheCurrentStep() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("book tomorrow morning");
        h.tap("slot:1");
        h.say("no");
        h.say("Wednesday afternoon");
        assertThat(h.optionIds()).containsExactly("slot:5", "slot:6", "slot:7");
        h.tap("slot:2");
        assertThat(h.text()).startsWith("That option has expired.").contains("[slot:5|");
        h.tap("yes:4");
        assertThat(h.text()).startsWith("That option has expired.");
        assertThat(h.tools.booked()).isEmpty();
    }

    @Test
    void aStaleButtonWhenIdleShowsTheMenu() {
        ChatHarness h = ChatHarness.knownPatient();
        h.tap("slot:9");
        assertThat(h.text()).startsWith("האפשרות הזאת כבר לא בתוקף.").contains("menu:book");
    }

    @Test
    void pricesAndHoursCanBeAskedInTheMiddleOfBooking() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("book tomorrow morning");
        h.say("what are your opening hours?");
        assertThat(h.text())
                .contains("Sunday to Wednesday: 08:00 to 18:00")
                .contains("Thursday: 08:00 to 14:00")
                .contains("Friday and Saturday: closed");
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
        h.tap("slot:1");
        assertThat(h.state.step()).isEqualTo(Step.CONFIRM_SLOT);
    }
}
