package com.dentalai.hub.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.conversation.llm.LlmBrainConfig;
import com.dentalai.hub.conversation.llm.LlmProperties;
import com.dentalai.hub.conversation.llm.OpenAiChatStandIn;
import com.dentalai.hub.conversation.llm.OpenAiChatStandIn.ToolCall;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.conversation.Dana;
import com.dentalai.hub.domain.conversation.Step;
import com.dentalai.hub.domain.conversation.Turn;
import com.dentalai.hub.domain.conversation.TurnContext;
import com.dentalai.hub.domain.knowledge.KnowledgeBase;
import com.dentalai.hub.domain.knowledge.Michal;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.SystemPrincipals;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dana with the LLM brain over the real, gated tool routes and the Odoo stand-in: the model's look-up
 * runs through {@code tool-find-slots}, its proposal drives Dana, and Dana (not the model) offers the
 * slots. The brain is built here against the OpenAI stand-in, so the shared context keeps the
 * deterministic brain.
 */
@HubTest
class LlmDanaTurnTest {

    private static final OpenAiChatStandIn MODEL = new OpenAiChatStandIn().start();

    @Autowired
    ProducerTemplate producer;

    @Autowired
    TenantDirectory tenants;

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @Test
    void theModelLooksUpThroughTheGatedRouteAndDanaOffersTheSlots() {
        long n = ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
        String phone = "054" + n;
        SandboxOdoo.server().seed("patient.patient", Map.of("patient_name", "Llm Patient", "contact_number", phone));
        Tenant tenant = tenants.require("smile-tlv");
        ZonedDateTime now = ZonedDateTime.now(tenant.timezone());
        LocalDate monday = now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        MODEL.reply(
                new ToolCall("find_slots", "{\"from\":\"" + monday + "\",\"part_of_day\":\"morning\"}"),
                new ToolCall(
                        "propose",
                        "{\"intent\":\"book_appointment\",\"language\":\"en\",\"date\":\"" + monday
                                + "\",\"part_of_day\":\"morning\",\"treatment\":\"cleaning\"}"));
        Dana dana = new Dana(
                brain(),
                new Michal(new KnowledgeBase(DanaConfig.entries(Path.of("../config/knowledge/dental-kb.yaml")))));
        InboundMessage message = new InboundMessage(
                "smile-tlv",
                Channel.WHATSAPP,
                "wamid.LLM" + n,
                "97254" + n,
                "Llm",
                "+97254" + n,
                now.toInstant(),
                new MessageContent.Text("could I get a cleaning one of these mornings, ideally on monday?"));
        HubContext context = SystemPrincipals.context("whatsapp-webhook", "smile-tlv", "whatsapp");

        Turn turn = dana.handle(
                Dana.newConversation(message, tenant),
                message,
                new TurnContext(now, tenant, new RouteTools(producer, context, "en")));

        assertThat(turn.next().step()).isEqualTo(Step.PICK_SLOT);
        assertThat(turn.next().offer()).isNotEmpty().allSatisfy(slot -> assertThat(
                        slot.start().atZone(tenant.timezone()).toLocalDate())
                .isEqualTo(monday));
        assertThat(turn.replies())
                .anyMatch(r -> r instanceof OutboundMessage.Buttons || r instanceof OutboundMessage.ListMenu);
        List<JsonNode> requests = MODEL.requests();
        assertThat(requests).hasSize(2);
        JsonNode lookUp = requests.get(1).path("messages");
        assertThat(lookUp.get(lookUp.size() - 1).path("content").asText()).contains(monday + "T");
        assertThat(String.join("\n", MODEL.rawBodies())).doesNotContain(phone, "Llm Patient", Long.toString(n));
    }

    private static com.dentalai.hub.domain.conversation.Brain brain() {
        LlmProperties props = new LlmProperties(
                true,
                MODEL.baseUrl(),
                "stand-in-model",
                "HUB_LLM_API_KEY",
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                3,
                Map.of(LlmProperties.DANA, List.of("find_slots", "list_practitioners", "my_appointments")));
        return LlmBrainConfig.danaBrain(props, LlmBrainConfig.chatModel(props, OpenAiChatStandIn.API_KEY));
    }
}
