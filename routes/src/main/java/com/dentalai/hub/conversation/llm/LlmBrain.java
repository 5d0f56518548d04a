package com.dentalai.hub.conversation.llm;

import com.dentalai.hub.domain.conversation.Brain;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Proposal;
import com.dentalai.hub.domain.conversation.Step;
import com.dentalai.hub.domain.conversation.TurnContext;
import com.dentalai.hub.domain.nlu.Intent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dana's opt-in brain: an OpenAI-compatible model reads the message, may look things up through the
 * agent's allowlisted tools (the gated tool routes, at most {@code maxToolCalls} per turn) and
 * proposes. On any error, timeout, malformed answer, unknown or refused tool it falls back to the
 * deterministic brain and logs only the reason.
 *
 * <p>Two things never go to the model: registration steps (the patient is typing a name or phone) and
 * medical emergencies the deterministic reading already recognised, which must not wait on a remote
 * call.
 */
public final class LlmBrain implements Brain {

    private static final Logger LOG = LoggerFactory.getLogger(LlmBrain.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Step> PRIVATE_STEPS = EnumSet.of(Step.ASK_NAME, Step.CONFIRM_PHONE, Step.ASK_PHONE);

    private final ChatModel model;
    private final AgentToolbox toolbox;
    private final Brain fallback;
    private final int maxToolCalls;
    private final Duration turnBudget;
    private final Clock clock;
    private final List<ToolSpecification> specifications;

    LlmBrain(
            ChatModel model, AgentToolbox toolbox, Brain fallback, int maxToolCalls, Duration turnBudget, Clock clock) {
        this.model = Objects.requireNonNull(model, "model");
        this.toolbox = Objects.requireNonNull(toolbox, "toolbox");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.maxToolCalls = maxToolCalls;
        this.turnBudget = Objects.requireNonNull(turnBudget, "turnBudget");
        this.clock = Objects.requireNonNull(clock, "clock");
        List<ToolSpecification> specs = new ArrayList<>(toolbox.specifications());
        specs.add(ProposalReader.specification());
        this.specifications = List.copyOf(specs);
    }

    @Override
    public Proposal propose(Conversation state, String text, TurnContext ctx) {
        // the offline reading comes first: it is the fallback and the safety floor, and costs microseconds
        Proposal offline = fallback.propose(state, text, ctx);
        if (PRIVATE_STEPS.contains(state.step()) || offline.intent() == Intent.MEDICAL_EMERGENCY) {
            return offline;
        }
        try {
            return ask(state, text, ctx, offline);
        } catch (LlmFallback e) {
            LOG.warn("LLM brain fell back to the deterministic brain: {}", e.reason());
        } catch (RuntimeException e) {
            // the exception's message may quote the prompt or the answer: log its kind only
            LOG.warn(
                    "LLM brain fell back to the deterministic brain: {} ({})",
                    reasonOf(e),
                    e.getClass().getSimpleName());
        }
        return offline;
    }

    private Proposal ask(Conversation state, String text, TurnContext ctx, Proposal offline) {
        Instant deadline = clock.instant().plus(turnBudget);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(TurnPrompt.system(state, ctx, maxToolCalls)));
        messages.add(UserMessage.from(TurnPrompt.scrubber(state, ctx).scrub(text)));
        int calls = 0;
        while (true) {
            if (clock.instant().isAfter(deadline)) {
                throw new LlmFallback(LlmFallback.Reason.TIMEOUT);
            }
            AiMessage answer = model.chat(ChatRequest.builder()
                            .messages(messages)
                            .toolSpecifications(specifications)
                            .build())
                    .aiMessage();
            if (answer == null) {
                throw new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT);
            }
            if (!answer.hasToolExecutionRequests()) {
                return fromContent(answer.text(), offline);
            }
            messages.add(answer);
            for (ToolExecutionRequest request : answer.toolExecutionRequests()) {
                if (ProposalReader.PROPOSE.equals(request.name())) {
                    return ProposalReader.read(request.arguments(), offline.hasLetters(), offline.language());
                }
                LlmTool tool = toolbox.admit(request.name());
                if (++calls > maxToolCalls) {
                    throw new LlmFallback(LlmFallback.Reason.TOO_MANY_TOOL_CALLS);
                }
                messages.add(
                        ToolExecutionResultMessage.from(request, toolbox.run(tool, request.arguments(), state, ctx)));
            }
        }
    }

    /** Some models answer the proposal as JSON text instead of a call; accept that, nothing else. */
    private static Proposal fromContent(String content, Proposal offline) {
        if (content == null || content.isBlank()) {
            throw new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT);
        }
        String json = content.strip();
        if (json.startsWith("```")) {
            json = json.replaceAll("^```[a-zA-Z]*\\s*", "").replaceAll("\\s*```$", "");
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT);
            }
        } catch (IOException e) {
            throw new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT, e);
        }
        return ProposalReader.read(json, offline.hasLetters(), offline.language());
    }

    static LlmFallback.Reason reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LlmFallback f) {
                return f.reason();
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof InterruptedIOException) {
                return LlmFallback.Reason.TIMEOUT;
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return LlmFallback.Reason.MALFORMED_OUTPUT;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return LlmFallback.Reason.MODEL_ERROR;
    }
}
