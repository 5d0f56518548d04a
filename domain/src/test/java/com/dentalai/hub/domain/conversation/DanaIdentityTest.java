package com.dentalai.hub.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.MessageContent;
import org.junit.jupiter.api.Test;

/** Who the patient is: own contact cards only, and a typed number that is no number is asked again. */
class DanaIdentityTest {

    @Test
    void aForeignContactCardIsRefusedPolitelyAndTheQuestionStays() {
        ChatHarness h = new ChatHarness(Channel.TELEGRAM, null);
        h.say("I want to book an appointment");
        h.say("Avi Cohen");
        assertThat(h.state.step()).isEqualTo(Step.ASK_PHONE);

        h.send(new MessageContent.ContactShared("+972529999999", false));

        assertThat(h.text()).startsWith("For your privacy I can only use your own number.");
        assertThat(h.state.step()).isEqualTo(Step.ASK_PHONE);
        assertThat(h.state.isIdentified()).isFalse();
        assertThat(h.tools.patientsByPhone).doesNotContainKey("+972529999999");
        assertThat(h.last.effects()).isEmpty();
    }

    @Test
    void aForeignContactCardInHebrew() {
        ChatHarness h = new ChatHarness(Channel.TELEGRAM, null);
        h.say("אני רוצה לקבוע תור");
        h.say("דנה כהן");
        h.send(new MessageContent.ContactShared("+972529999999", false));

        assertThat(h.text()).startsWith("מטעמי פרטיות אפשר להשתמש רק במספר שלך.");
        assertThat(h.state.step()).isEqualTo(Step.ASK_PHONE);
    }

    @Test
    void anOwnContactCardOfAKnownPatientIdentifiesWithoutANewRecord() {
        ChatHarness h = new ChatHarness(Channel.TELEGRAM, null);
        h.tools.knownPatient("+972501112233", "Noa Levi");
        int patients = h.tools.patientsByPhone.size();
        h.say("what are my appointments");
        h.say("Noa Levi");

        h.send(new MessageContent.ContactShared("972501112233", true));

        assertThat(h.tools.patientsByPhone).hasSize(patients);
        assertThat(h.last.effects(Effect.PatientIdentified.class))
                .singleElement()
                .satisfies(e -> assertThat(e.registered()).isFalse());
        assertThat(h.state.isIdentified()).isTrue();
        assertThat(h.text()).contains("You have no upcoming appointments");
    }

    @Test
    void aTypedNumberThatIsNoPhoneNumberIsAskedAgainNotFailed() {
        ChatHarness h = new ChatHarness(Channel.TELEGRAM, null);
        h.say("I want to book an appointment");
        h.say("Avi Cohen");

        h.say("123456789012"); // twelve digits: looks like a number, is none anywhere
        assertThat(h.text()).startsWith("That doesn't look like a valid phone number.");
        assertThat(h.state.step()).isEqualTo(Step.ASK_PHONE);
        h.say("555");
        assertThat(h.text()).startsWith("That doesn't look like a valid phone number.");
        assertThat(h.tools.patientsByPhone).isEmpty();

        h.say("050-765-4321");
        assertThat(h.text()).startsWith("You're registered, Avi Cohen.");
        assertThat(h.state.isIdentified()).isTrue();
    }

    @Test
    void aTypedNumberThatIsNoPhoneNumberInHebrew() {
        ChatHarness h = new ChatHarness(Channel.TELEGRAM, null);
        h.say("אני רוצה לקבוע תור");
        h.say("דנה כהן");
        h.say("000000000");
        assertThat(h.text()).startsWith("המספר הזה לא נראה תקין.");
        assertThat(h.state.step()).isEqualTo(Step.ASK_PHONE);
    }

    @Test
    void aWrongTypedNumberWhenConfirmingTheChannelNumberIsAskedAgain() {
        ChatHarness h = ChatHarness.whatsapp();
        h.say("book me tomorrow");
        h.say("Avi Cohen");
        assertThat(h.state.step()).isEqualTo(Step.CONFIRM_PHONE);
        h.say("0000000000");
        assertThat(h.text()).startsWith("That doesn't look like a valid phone number.");
        assertThat(h.state.step()).isEqualTo(Step.ASK_PHONE);
    }

    @Test
    void anUnusableSharedNumberIsAskedAgain() {
        ChatHarness h = new ChatHarness(Channel.TELEGRAM, null);
        h.say("book me tomorrow");
        h.say("Avi Cohen");
        h.send(new MessageContent.ContactShared("12", true));
        assertThat(h.text()).startsWith("That doesn't look like a valid phone number.");
        assertThat(h.tools.patientsByPhone).isEmpty();
    }
}
