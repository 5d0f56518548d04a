package com.dentalai.hub.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import org.junit.jupiter.api.Test;

/** Web chat proves a phone with a one-time code mid-conversation; Dana then goes on where she stopped. */
class DanaPhoneVerifiedTest {

    @Test
    void aKnownPatientsProvedPhoneGoesStraightOnWithTheBooking() {
        ChatHarness h = new ChatHarness(Channel.WEBCHAT, null);
        h.tools.knownPatient(ChatHarness.PHONE, "Noa Levi");
        h.say("I want to book tomorrow morning");
        assertThat(h.state.step()).isEqualTo(Step.ASK_NAME);

        Turn t = ChatHarness.DANA.phoneVerified(h.state, verified("123456"), context(h));

        assertThat(t.next().isIdentified()).isTrue();
        assertThat(t.effects(Effect.PatientIdentified.class)).singleElement().satisfies(e -> assertThat(e.registered())
                .isFalse());
        assertThat(ChatHarness.render(t.replies())).contains("Here are the free times");
        assertThat(t.next().offer().get(0).start().atZone(ChatHarness.ZONE).getDayOfMonth())
                .isEqualTo(23);
    }

    @Test
    void anUnknownProvedPhoneRegistersWithThatPhone() {
        ChatHarness h = new ChatHarness(Channel.WEBCHAT, null);
        h.say("אני רוצה לקבוע תור");

        Turn t = ChatHarness.DANA.phoneVerified(h.state, verified("1"), context(h));

        assertThat(t.next().step()).isEqualTo(Step.ASK_NAME);
        assertThat(t.next().draft().resumeIntent()).isNotNull();
        assertThat(ChatHarness.render(t.replies())).contains("מה השם המלא שלך?");
    }

    @Test
    void nothingInterruptedMeansAGreetingAndOdooDownParksTheTurn() {
        ChatHarness h = new ChatHarness(Channel.WEBCHAT, null);
        h.say("hello");

        Turn greeted = ChatHarness.DANA.phoneVerified(h.state, verified("2"), context(h));
        assertThat(greeted.replies()).isNotEmpty();
        assertThat(greeted.next().step()).isEqualTo(Step.IDLE);

        h.say("I want to book tomorrow morning");
        h.tools.down = true;
        Turn parked = ChatHarness.DANA.phoneVerified(h.state, verified("3"), context(h));
        assertThat(parked.effects(Effect.Parked.class)).hasSize(1);
        assertThat(parked.next().step()).isEqualTo(Step.ASK_NAME);
    }

    private static InboundMessage verified(String id) {
        return new InboundMessage(
                "smile-tlv",
                Channel.WEBCHAT,
                "web:s:" + id,
                "session-1",
                null,
                ChatHarness.PHONE,
                ChatHarness.NOW.toInstant().plusSeconds(60),
                new MessageContent.Text("123456"));
    }

    private static TurnContext context(ChatHarness h) {
        return new TurnContext(ChatHarness.NOW, h.tenant, h.tools);
    }
}
