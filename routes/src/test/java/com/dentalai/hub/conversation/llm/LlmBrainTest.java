package com.dentalai.hub.conversation.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.conversation.llm.OpenAiChatStandIn.Content;
import com.dentalai.hub.conversation.llm.OpenAiChatStandIn.Failure;
import com.dentalai.hub.conversation.llm.OpenAiChatStandIn.Stall;
import com.dentalai.hub.conversation.llm.OpenAiChatStandIn.ToolCall;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.conversation.BookingResult;
import com.dentalai.hub.domain.conversation.Brain;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Flow;
import com.dentalai.hub.domain.conversation.Proposal;
import com.dentalai.hub.domain.conversation.Step;
import com.dentalai.hub.domain.conversation.Tools;
import com.dentalai.hub.domain.conversation.TurnContext;
import com.dentalai.hub.domain.nlu.Intent;
import com.dentalai.hub.domain.nlu.PartOfDay;
import com.dentalai.hub.domain.schedule.Schedule;
import com.dentalai.hub.domain.schedule.Slot;
import com.dentalai.hub.domain.tenant.LocalizedText;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM brain against a loopback OpenAI-compatible stand-in: it proposes what the model proposes
 * after its look-ups, and falls back to the deterministic reading on every kind of trouble.
 */
class LlmBrainTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Jerusalem");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZONE);
    private static final OpenAiChatStandIn SERVER = new OpenAiChatStandIn().start();

    private final RecordingTools tools = new RecordingTools();
    private final TurnContext ctx = new TurnContext(NOW, tenant(), tools);
    private final Brain brain = brain(2, Duration.ofSeconds(5));

    @BeforeEach
    void reset() {
        SERVER.reset();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void theModelLooksUpSlotsThenProposesAndTheToolsAreTheTurnsOwn() {
        SERVER.reply(
                new ToolCall("find_slots", "{\"from\":\"2026-11-23\",\"part_of_day\":\"morning\"}"),
                new ToolCall(
                        "propose",
                        "{\"intent\":\"book_appointment\",\"language\":\"en\",\"confidence\":0.93,"
                                + "\"date\":\"2026-11-23\",\"part_of_day\":\"morning\",\"treatment\":\"cleaning\"}"));

        Proposal p = brain.propose(idle(), "could I come in tomorrow morning for a cleaning?", ctx);

        assertThat(p.intent()).isEqualTo(Intent.BOOK_APPOINTMENT);
        assertThat(p.confidence()).isEqualTo(0.93);
        assertThat(p.slots().date()).contains(LocalDate.of(2026, 11, 23));
        assertThat(p.slots().partOfDay()).contains(PartOfDay.MORNING);
        assertThat(p.slots().treatment()).contains("cleaning");
        assertThat(tools.calls).containsExactly("findSlots 2026-11-23..2026-11-23 MORNING");
        List<JsonNode> requests = SERVER.requests();
        assertThat(requests).hasSize(2);
        JsonNode first = requests.get(0);
        assertThat(first.path("model").asText()).isEqualTo("stand-in-model");
        assertThat(names(first.path("tools")))
                .containsExactly("find_slots", "list_practitioners", "my_appointments", "propose");
        // the second request carries the look-up's answer back as a tool message
        JsonNode toolMessage = last(requests.get(1).path("messages"));
        assertThat(toolMessage.path("role").asText()).isEqualTo("tool");
        assertThat(toolMessage.path("content").asText()).contains("2026-11-23T09:00");
    }

    @Test
    void aProposalAsJsonTextIsAcceptedToo() {
        SERVER.reply(new Content("```json\n{\"intent\":\"clinic_hours\",\"language\":\"he\"}\n```"));

        Proposal p = brain.propose(idle(), "מתי אתם פתוחים?", ctx);

        assertThat(p.intent()).isEqualTo(Intent.CLINIC_HOURS);
        assertThat(p.language()).isEqualTo("he");
    }

    @Test
    void aBillingToolIsRefusedAndTheTurnFallsBack() {
        SERVER.reply(new ToolCall("create_payment_link", "{\"amount\":350}"));

        Proposal p = brain.propose(idle(), "I want to book an appointment tomorrow at 10", ctx);

        assertThat(p.intent()).as("the deterministic reading").isEqualTo(Intent.BOOK_APPOINTMENT);
        assertThat(p.slots().time()).contains(LocalTime.of(10, 0));
        assertThat(tools.calls).isEmpty();
        assertThat(names(SERVER.requests().get(0).path("tools"))).doesNotContain("create_payment_link");
    }

    @Test
    void anUnknownToolFallsBack() {
        SERVER.reply(new ToolCall("drop_table", "{}"));

        assertThat(brain.propose(idle(), "hello", ctx).intent()).isEqualTo(Intent.GREETING);
        assertThat(tools.calls).isEmpty();
    }

    @Test
    void tooManyToolCallsAreCutOffAndTheTurnFallsBack() {
        String lookUp = "{\"from\":\"2026-11-23\"}";
        SERVER.reply(
                new ToolCall("find_slots", lookUp),
                new ToolCall("find_slots", lookUp),
                new ToolCall("find_slots", lookUp),
                new ToolCall("propose", "{\"intent\":\"book_appointment\",\"language\":\"en\"}"));

        Proposal p = brain.propose(idle(), "thanks!", ctx);

        assertThat(p.intent()).isEqualTo(Intent.THANKS);
        assertThat(tools.calls).as("the third look-up never ran").hasSize(2);
        assertThat(SERVER.requests()).hasSize(3);
    }

    @Test
    void aServerErrorFallsBack() {
        SERVER.reply(new Failure(500));

        assertThat(brain.propose(idle(), "what are your opening hours?", ctx).intent())
                .isEqualTo(Intent.CLINIC_HOURS);
    }

    @Test
    void aTimeoutFallsBackWithinTheClientTimeout() {
        Brain impatient = brain(2, Duration.ofSeconds(5), Duration.ofMillis(400));
        SERVER.reply(new Stall(Duration.ofSeconds(10)));

        long start = System.nanoTime();
        Proposal p = impatient.propose(idle(), "what are your opening hours?", ctx);

        assertThat(p.intent()).isEqualTo(Intent.CLINIC_HOURS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void malformedAnswersFallBack() {
        SERVER.reply(
                new Content("Sure! I'd be happy to help you book."),
                new ToolCall("propose", "{\"intent\":\"book_everything\",\"language\":\"en\"}"),
                new ToolCall("propose", "{\"intent\":\"book_appointment\",\"language\":\"en\",\"date\":\"tomorrow\"}"),
                new ToolCall("find_slots", "{\"from\":\"soon\"}"),
                new ToolCall("propose", "not json"));

        for (int i = 0; i < 5; i++) {
            assertThat(brain.propose(idle(), "hi", ctx).intent()).isEqualTo(Intent.GREETING);
        }
        assertThat(tools.calls).isEmpty();
    }

    @Test
    void aFailingLookUpFallsBack() {
        tools.down = true;
        SERVER.reply(new ToolCall("list_practitioners", "{}"));

        assertThat(brain.propose(idle(), "hi", ctx).intent()).isEqualTo(Intent.GREETING);
    }

    @Test
    void noDateOfBirthIdOrNameLeavesTheHub() {
        SERVER.reply(new ToolCall("propose", "{\"intent\":\"book_appointment\",\"language\":\"en\"}"));
        Conversation known = idle().withDraft(idle().draft().withName("Yael Levi"));

        brain.propose(
                known,
                "Hi, my name is Yael Levi, born 03/04/1985, ID 123456782, phone 050-7654321. Book me on 15/12 at 9:30",
                ctx);

        String wire = String.join("\n", SERVER.rawBodies());
        assertThat(wire)
                .doesNotContain("Yael", "Levi", "03/04/1985", "1985", "123456782", "7654321")
                .contains("15/12 at 9:30", "[DOB]", "[NAME]");
    }

    @Test
    void registrationStepsAndEmergenciesNeverReachTheModel() {
        Conversation askingName = idle().at(Flow.REGISTER, Step.ASK_NAME);

        brain.propose(askingName, "Yael Levi", ctx);
        Proposal urgent = brain.propose(idle(), "my face is swollen and I have a high fever", ctx);

        assertThat(SERVER.requests()).isEmpty();
        assertThat(urgent.intent()).isEqualTo(Intent.MEDICAL_EMERGENCY);
    }

    @Test
    void danaMayNotBeGivenABillingTool() {
        assertThatThrownBy(() -> AgentToolbox.dana(List.of("find_slots", "billing_balance")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("billing");
        assertThatThrownBy(() -> AgentToolbox.dana(List.of("launch_rockets")))
                .isInstanceOf(IllegalStateException.class);
    }

    // ------------------------------------------------------------------ helpers

    private static Brain brain(int maxToolCalls, Duration budget) {
        return brain(maxToolCalls, budget, Duration.ofSeconds(3));
    }

    private static Brain brain(int maxToolCalls, Duration budget, Duration timeout) {
        LlmProperties props = new LlmProperties(
                true,
                SERVER.baseUrl(),
                "stand-in-model",
                "HUB_LLM_API_KEY",
                timeout,
                budget,
                maxToolCalls,
                Map.of(LlmProperties.DANA, List.of("find_slots", "list_practitioners", "my_appointments")));
        return LlmBrainConfig.danaBrain(props, LlmBrainConfig.chatModel(props, OpenAiChatStandIn.API_KEY));
    }

    private static Conversation idle() {
        return Conversation.start("smile-tlv", Channel.WHATSAPP, "972501234567", "en", NOW.toInstant());
    }

    private static List<String> names(JsonNode tools) {
        List<String> names = new ArrayList<>();
        tools.forEach(t -> names.add(t.path("function").path("name").asText()));
        return names;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    static Tenant tenant() {
        Map<String, String> hours = Map.of("sun", "08:00-18:00", "mon", "08:00-18:00", "tue", "08:00-18:00");
        return new Tenant(
                "smile-tlv",
                "Smile Tel Aviv",
                TenantKind.CLINIC,
                null,
                ZONE,
                "he",
                "+972-3-555-0100",
                LocalizedText.of(Map.of("he", "שדרות רוטשילד 1, תל אביב", "en", "1 Rothschild Blvd, Tel Aviv")),
                null,
                new Schedule(30, hours, null, null),
                Map.of(),
                null,
                null,
                null);
    }

    /** Look-ups answer from memory; anything that changes records fails the test: a brain never books. */
    static final class RecordingTools implements Tools {

        final List<String> calls = new ArrayList<>();
        boolean down;

        @Override
        public List<Slot> findSlots(
                LocalDate from,
                LocalDate to,
                Optional<String> practitionerId,
                Optional<PartOfDay> partOfDay,
                int limit) {
            calls.add("findSlots " + from + ".." + to + " "
                    + partOfDay.map(Enum::name).orElse("ANY"));
            ZonedDateTime nine = from.atTime(9, 0).atZone(ZONE);
            return List.of(
                    new Slot(nine.toInstant(), nine.plusMinutes(30).toInstant(), "7"),
                    new Slot(nine.plusHours(1).toInstant(), nine.plusMinutes(90).toInstant(), "7"));
        }

        @Override
        public List<Practitioner> practitioners() {
            if (down) {
                throw new com.dentalai.hub.domain.conversation.ToolUnavailableException(
                        "tool-practitioners", "down", null);
            }
            calls.add("practitioners");
            return List.of(new Practitioner("7", "Dr. Cohen"));
        }

        @Override
        public BookingResult book(String requestKey, PatientRef patient, Slot slot) {
            throw new AssertionError("a brain never books");
        }

        @Override
        public void cancel(PatientRef patient, String appointmentRef) {
            throw new AssertionError("a brain never cancels");
        }

        @Override
        public BookingResult reschedule(String requestKey, PatientRef patient, String appointmentRef, Slot slot) {
            throw new AssertionError("a brain never reschedules");
        }

        @Override
        public List<Appointment> myAppointments(PatientRef patient) {
            calls.add("myAppointments");
            return List.of();
        }

        @Override
        public Optional<PatientRef> findPatient(String e164) {
            throw new AssertionError("a brain never looks up patients");
        }

        @Override
        public PatientRef registerPatient(String name, String phone) {
            throw new AssertionError("a brain never registers patients");
        }

        @Override
        public void handover(Optional<PatientRef> patient, String note) {
            throw new AssertionError("a brain never hands over");
        }
    }
}
