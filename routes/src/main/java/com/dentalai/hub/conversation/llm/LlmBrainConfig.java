package com.dentalai.hub.conversation.llm;

import com.dentalai.hub.domain.conversation.Brain;
import com.dentalai.hub.domain.conversation.DeterministicBrain;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Dana's brain: the deterministic one unless {@code hub.llm.enabled}, then the LLM brain over an
 * OpenAI-compatible endpoint with the deterministic one as its fallback.
 */
@Configuration
public class LlmBrainConfig {

    private static final Logger LOG = LoggerFactory.getLogger(LlmBrainConfig.class);

    /** Sent when the endpoint needs no key (a local server): the client insists on one. */
    static final String NO_KEY = "no-key";

    @Bean
    Brain danaBrain(LlmProperties props, Environment environment) {
        if (!props.enabled()) {
            return new DeterministicBrain();
        }
        String key = props.apiKeyEnv() == null || props.apiKeyEnv().isBlank()
                ? null
                : environment.getProperty(props.apiKeyEnv());
        LOG.info(
                "Dana uses the LLM brain: model {}, tools {}, at most {} tool calls per turn",
                props.model(),
                props.toolsOf(LlmProperties.DANA),
                props.maxToolCalls());
        return danaBrain(props, chatModel(props, key));
    }

    /** Dana's LLM brain over {@code model}; tests build it directly against a stand-in endpoint. */
    public static Brain danaBrain(LlmProperties props, ChatModel model) {
        return new LlmBrain(
                model,
                AgentToolbox.dana(props.toolsOf(LlmProperties.DANA)),
                new DeterministicBrain(),
                props.maxToolCalls(),
                props.turnBudget(),
                Clock.systemUTC());
    }

    /** The OpenAI-compatible client: no retries (the fallback is immediate), no request or answer logging (PHI). */
    public static ChatModel chatModel(LlmProperties props, String apiKey) {
        if (props.baseUrl() == null
                || props.baseUrl().isBlank()
                || props.model() == null
                || props.model().isBlank()) {
            throw new IllegalStateException("hub.llm.enabled needs hub.llm.base-url and hub.llm.model");
        }
        return OpenAiChatModel.builder()
                .baseUrl(props.baseUrl())
                .apiKey(apiKey == null || apiKey.isBlank() ? NO_KEY : apiKey)
                .modelName(props.model())
                .temperature(0.0)
                .timeout(props.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
