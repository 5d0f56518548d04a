package com.dentalai.hub.conversation.llm;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The opt-in LLM brain (docs/conversation-llm.md). Off by default: Dana then reads messages with the
 * deterministic brain only.
 *
 * @param enabled whether Dana asks the model at all
 * @param baseUrl an OpenAI-compatible endpoint up to and including {@code /v1} ({@code HUB_LLM_BASE_URL})
 * @param model the model name sent in every request ({@code HUB_LLM_MODEL})
 * @param apiKeyEnv the NAME of the environment variable holding the API key (never the key itself)
 * @param timeout per request to the model
 * @param turnBudget all requests of one turn together; past it the turn falls back
 * @param maxToolCalls look-up tool calls the model may make in one turn before it is cut off
 * @param agents per agent, the tools it may call by name ({@link LlmTool}); billing tools are never Dana's
 */
@Validated
@ConfigurationProperties("hub.llm")
public record LlmProperties(
        boolean enabled,
        String baseUrl,
        String model,
        String apiKeyEnv,
        @NotNull Duration timeout,
        @NotNull Duration turnBudget,
        @Min(0) @Max(10) int maxToolCalls,
        @NotNull Map<String, List<String>> agents) {

    public static final String DANA = "dana";

    /** The allowlist of {@code agent}; empty when the agent has none configured. */
    public List<String> toolsOf(String agent) {
        return agents.getOrDefault(agent, List.of());
    }
}
