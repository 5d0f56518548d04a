package com.dentalai.hub.conversation.llm;

import com.dentalai.hub.domain.conversation.Proposal;
import com.dentalai.hub.domain.nlu.Intent;
import com.dentalai.hub.domain.nlu.PartOfDay;
import com.dentalai.hub.domain.nlu.Slots;
import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The model's final answer, the {@value #PROPOSE} call, read into a {@link Proposal}: only known
 * intents, ISO dates and clock times, known parts of day and choices 1–10 pass; anything else is
 * malformed output and the turn falls back. What Dana does with the proposal is still Dana's call.
 */
final class ProposalReader {

    static final String PROPOSE = "propose";

    static final int MAX_CHOICE = 10;

    static final List<String> TREATMENTS = List.of(
            "cleaning",
            "whitening",
            "root_canal",
            "implant",
            "filling",
            "checkup",
            "extraction",
            "crown",
            "orthodontics",
            "xray");

    private ProposalReader() {}

    /** The terminal tool: what the patient wants, for Dana. */
    static ToolSpecification specification() {
        List<String> intents =
                Arrays.stream(Intent.values()).map(Intent::wireName).toList();
        return ToolSpecification.builder()
                .name(PROPOSE)
                .description("Your final answer: what the patient's message asks for. Call it exactly once, last.")
                .parameters(JsonObjectSchema.builder()
                        .addEnumProperty("intent", intents)
                        .addEnumProperty("language", List.of("he", "en"), "the language the patient wrote in")
                        .addNumberProperty("confidence", "0 to 1")
                        .addStringProperty("date", "the day the patient means, yyyy-MM-dd")
                        .addStringProperty("time", "the clock time the patient means, HH:mm")
                        .addEnumProperty("part_of_day", List.of("morning", "afternoon", "evening"))
                        .addStringProperty("practitioner", "the practitioner's name as the patient said it")
                        .addEnumProperty("treatment", TREATMENTS)
                        .addIntegerProperty(
                                "choice", "1-based pick among the options offered, when the patient picks one")
                        .required("intent", "language")
                        .build())
                .build();
    }

    /** {@code arguments} of a propose call; {@code hasLetters} comes from the hub's own reading of the text. */
    static Proposal read(String arguments, boolean hasLetters, String fallbackLanguage) {
        JsonNode args = AgentToolbox.parse(arguments);
        try {
            Intent intent = Intent.fromWireName(text(args, "intent").orElse(""))
                    .orElseThrow(() -> new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT));
            String language = text(args, "language")
                    .filter(l -> l.equals("he") || l.equals("en"))
                    .orElse(fallbackLanguage);
            double confidence = args.path("confidence").isNumber()
                    ? Math.max(0.0, Math.min(1.0, args.get("confidence").asDouble()))
                    : 0.9;
            Slots slots = new Slots(
                    text(args, "date").map(LocalDate::parse),
                    text(args, "time").map(LocalTime::parse),
                    text(args, "practitioner").filter(p -> p.length() <= 60),
                    text(args, "treatment").filter(TREATMENTS::contains),
                    text(args, "part_of_day").map(p -> PartOfDay.valueOf(p.toUpperCase(Locale.ROOT))),
                    choice(args));
            return new Proposal(intent, confidence, language, hasLetters, slots);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT, e);
        }
    }

    private static Optional<Integer> choice(JsonNode args) {
        JsonNode c = args.get("choice");
        if (c == null || c.isNull()) {
            return Optional.empty();
        }
        if (!c.canConvertToInt() || c.asInt() < 1 || c.asInt() > MAX_CHOICE) {
            throw new IllegalArgumentException("choice out of range");
        }
        return Optional.of(c.asInt());
    }

    private static Optional<String> text(JsonNode args, String field) {
        JsonNode v = args.get(field);
        return v == null || v.isNull() || v.asText().isBlank()
                ? Optional.empty()
                : Optional.of(v.asText().strip());
    }
}
