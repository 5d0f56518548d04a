package com.dentalai.hub.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.channel.OutboundMessage;
import org.junit.jupiter.api.Test;

class DanaSafetyTest {

    private static boolean anyChoices(Turn turn) {
        return turn.replies().stream().anyMatch(r -> !(r instanceof OutboundMessage.Text));
    }

    @Test
    void anEmergencyGetsUrgentGuidanceAndAnAlertNeverABookingMenu() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("הפנים שלי נפוחות עד העין ויש לי חום גבוה, קשה לי לבלוע");
        assertThat(h.text()).contains("101").contains("03-555-0100").doesNotContain("+972");
        assertThat(anyChoices(h.last)).isFalse();
        assertThat(h.last.effects(Effect.Alert.class)).singleElement().satisfies(a -> assertThat(a.kind())
                .isEqualTo("medical_emergency"));
        assertThat(h.tools.calls).isEmpty();

        ChatHarness en = ChatHarness.knownPatient();
        en.say("book me tomorrow");
        en.say("my gums won't stop bleeding after the extraction and it's been hours");
        assertThat(en.text()).contains("call MDA at 101").contains("+972-3-555-0100");
        assertThat(anyChoices(en.last)).isFalse();
        assertThat(en.state.flow()).isEqualTo(Flow.NONE);
        assertThat(en.last.effects(Effect.Alert.class)).hasSize(1);
    }

    @Test
    void aMedicalQuestionIsAnsweredByMichalWithTheDisclaimer() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("my teeth are sensitive when I drink cold water, is that normal?");
        assertThat(h.text())
                .contains("toothpaste for sensitive teeth")
                .endsWith("not a diagnosis. If something worries" + " you, please have a dentist check it.");
        assertThat(h.last.effects(Effect.Delegation.class)).singleElement().satisfies(d -> {
            assertThat(d.agent()).isEqualTo(Effect.Agent.MICHAL);
            assertThat(d.handled()).isTrue();
            assertThat(d.context()).isEqualTo("medical_question:sensitivity");
        });
        h.say("החניכיים שלי מדממות כשאני מצחצח, זה מסוכן?");
        assertThat(h.text()).contains("דלקת חניכיים").endsWith("כדאי להיבדק אצל רופא השיניים.");
    }

    @Test
    void aMedicalQuestionWithUrgentSignsEscalates() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("is it normal that my tooth hurts and my face is swollen up to my eye?");
        assertThat(h.text()).contains("101");
        assertThat(h.last.effects(Effect.Alert.class)).hasSize(1);
        assertThat(anyChoices(h.last)).isFalse();
    }

    @Test
    void billingIsDelegatedToYosef() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("יש לי שאלה על החשבונית");
        assertThat(h.text()).isEqualTo("אני מעבירה אותך ליוסף, שמטפל אצלנו בחשבונות ובתשלומים.");
        assertThat(h.last.effects(Effect.Delegation.class)).singleElement().satisfies(d -> {
            assertThat(d.agent()).isEqualTo(Effect.Agent.YOSEF);
            assertThat(d.handled()).isFalse();
            assertThat(d.context()).isEqualTo("billing_question");
        });
        h.say("I want to pay my bill");
        assertThat(h.last.effects(Effect.Delegation.class)).singleElement().satisfies(d -> assertThat(d.context())
                .isEqualTo("pay_bill"));
        assertThat(h.tools.calls).isEmpty();
    }

    @Test
    void handoverPausesUntilResumedWithOneNoticeInBetween() {
        ChatHarness h = ChatHarness.knownPatient();
        h.say("I want to talk to a real person");
        assertThat(h.last.handover()).isPresent();
        assertThat(h.tools.handoverNotes).singleElement().asString().contains("talk to a real person");
        assertThat(h.state.paused()).isTrue();
        assertThat(h.state.pausedSince()).isEqualTo(ChatHarness.NOW.toInstant());
        assertThat(h.text()).contains("A staff member will answer you here soon.");

        h.say("hello?");
        assertThat(h.text()).isEqualTo("Your message is with our staff; a team member will answer you here soon.");
        h.say("book tomorrow");
        assertThat(h.last.replies()).isEmpty();
        assertThat(h.tools.calls).containsExactly("handover");
        assertThat(h.state.pausedLongerThan(
                        java.time.Duration.ofMinutes(30),
                        ChatHarness.NOW.toInstant().plusSeconds(3600)))
                .isTrue();

        h.say("I can't breathe, my face is swollen");
        assertThat(h.text()).contains("101");
        assertThat(h.state.paused()).isTrue();

        h.state = ChatHarness.DANA.resume(h.state);
        h.say("book tomorrow morning");
        assertThat(h.state.step()).isEqualTo(Step.PICK_SLOT);
    }

    @Test
    void handoverInHebrewStillPausesWhenTheNoteCannotBePosted() {
        ChatHarness h = ChatHarness.knownPatient();
        h.tools.down = true;
        h.say("אפשר לדבר עם נציג?");
        assertThat(h.state.paused()).isTrue();
        assertThat(h.last.handover()).isPresent();
        assertThat(h.text()).isEqualTo("העברתי את הפנייה לצוות המרפאה. נציג יענה לך כאן בהקדם.");
    }

    @Test
    void aSuspendedTenantGivesThePhoneAndCallsNoTool() {
        ChatHarness h = ChatHarness.knownPatient();
        h.suspended = true;
        h.say("אני רוצה לקבוע תור");
        assertThat(h.text()).isEqualTo("השירות המקוון של המרפאה לא זמין כרגע. אפשר להתקשר אלינו בטלפון 03-555-0100.");
        h.say("book an appointment");
        assertThat(h.text()).contains("Please call us at +972-3-555-0100.");
        assertThat(h.tools.calls).isEmpty();
    }
}
