package com.dentalai.hub.conversation.llm;

import com.dentalai.hub.domain.clinic.Appointment;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.Practitioner;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.TurnContext;
import com.dentalai.hub.domain.nlu.PartOfDay;
import com.dentalai.hub.domain.schedule.Slot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One agent's look-up tools: their specifications for the model and their execution through the
 * turn's {@link com.dentalai.hub.domain.conversation.Tools} (the gated tool routes). Results carry
 * only what the model needs to propose: local times and practitioner names, never a patient's
 * details; the patient is bound from the conversation, never taken from the model.
 */
final class AgentToolbox {

    /** The most slots a look-up returns and the widest range it searches. */
    static final int SLOT_LIMIT = 6;

    static final int MAX_RANGE_DAYS = 14;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    private final String agent;
    private final Set<LlmTool> allowed;

    private AgentToolbox(String agent, Set<LlmTool> allowed) {
        this.agent = agent;
        this.allowed = allowed;
    }

    /** Dana's toolbox from {@code names}; refuses unknown names and any billing tool (she has none). */
    static AgentToolbox dana(List<String> names) {
        Set<LlmTool> tools = EnumSet.noneOf(LlmTool.class);
        for (String name : names) {
            LlmTool tool = LlmTool.byWireName(name)
                    .orElseThrow(() -> new IllegalStateException("hub.llm.agents.dana names an unknown tool: " + name));
            if (tool.area() == LlmTool.Area.BILLING) {
                throw new IllegalStateException("hub.llm.agents.dana may not hold a billing tool: " + name);
            }
            tools.add(tool);
        }
        return new AgentToolbox(LlmProperties.DANA, tools);
    }

    String agent() {
        return agent;
    }

    Set<LlmTool> allowed() {
        return Set.copyOf(allowed);
    }

    /** The specifications the model sees: the allowed look-ups, in a stable order. */
    List<ToolSpecification> specifications() {
        return Arrays.stream(LlmTool.values())
                .filter(allowed::contains)
                .map(AgentToolbox::specification)
                .toList();
    }

    /** The tool the model asked for, if this agent may call it; else the reason to fall back. */
    LlmTool admit(String name) {
        LlmTool tool = LlmTool.byWireName(name).orElseThrow(() -> new LlmFallback(LlmFallback.Reason.UNKNOWN_TOOL));
        if (!allowed.contains(tool)) {
            throw new LlmFallback(LlmFallback.Reason.TOOL_NOT_ALLOWED);
        }
        return tool;
    }

    /** Runs {@code tool} with the model's JSON {@code arguments}; the answer is JSON for the model. */
    String run(LlmTool tool, String arguments, Conversation state, TurnContext ctx) {
        JsonNode args = parse(arguments);
        ZoneId zone = ctx.tenant().timezone();
        ObjectNode answer = JSON.createObjectNode();
        try {
            switch (tool) {
                case FIND_SLOTS -> slots(answer.putArray("slots"), args, ctx, zone);
                case LIST_PRACTITIONERS -> practitioners(answer.putArray("practitioners"), ctx);
                case MY_APPOINTMENTS -> appointments(answer, state, ctx, zone);
                default -> throw new LlmFallback(LlmFallback.Reason.TOOL_NOT_ALLOWED);
            }
        } catch (LlmFallback e) {
            throw e;
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT, e);
        } catch (RuntimeException e) {
            throw new LlmFallback(LlmFallback.Reason.TOOL_FAILED, e);
        }
        return answer.toString();
    }

    private static void slots(ArrayNode out, JsonNode args, TurnContext ctx, ZoneId zone) {
        LocalDate from = LocalDate.parse(required(args, "from"));
        LocalDate to = args.hasNonNull("to") ? LocalDate.parse(args.get("to").asText()) : from;
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw new IllegalArgumentException("slot range out of bounds");
        }
        Optional<PartOfDay> part = Optional.ofNullable(args.path("part_of_day").textValue())
                .map(p -> PartOfDay.valueOf(p.toUpperCase(Locale.ROOT)));
        Optional<String> practitioner =
                Optional.ofNullable(args.path("practitioner_id").textValue());
        for (Slot slot : ctx.tools().findSlots(from, to, practitioner, part, SLOT_LIMIT)) {
            ObjectNode s =
                    out.addObject().put("start", LOCAL.format(slot.start().atZone(zone)));
            s.put("minutes", slot.duration().toMinutes());
            if (slot.practitionerId() != null) {
                s.put("practitioner_id", slot.practitionerId());
            }
        }
    }

    private static void practitioners(ArrayNode out, TurnContext ctx) {
        for (Practitioner p : ctx.tools().practitioners()) {
            out.addObject().put("id", p.ref()).put("name", p.name());
        }
    }

    private static void appointments(ObjectNode answer, Conversation state, TurnContext ctx, ZoneId zone) {
        ArrayNode out = answer.putArray("appointments");
        if (state.patientRef() == null) {
            // the model cannot name a patient: only the conversation's own, identified one counts
            answer.put("note", "the patient is not identified yet");
            return;
        }
        for (Appointment a : ctx.tools().myAppointments(new PatientRef(state.patientRef()))) {
            ObjectNode o = out.addObject().put("start", LOCAL.format(a.start().atZone(zone)));
            if (a.practitioner() != null && a.practitioner().name() != null) {
                o.put("practitioner", a.practitioner().name());
            }
        }
    }

    private static ToolSpecification specification(LlmTool tool) {
        return switch (tool) {
            case FIND_SLOTS -> ToolSpecification.builder()
                    .name(tool.wireName())
                    .description("Free appointment slots of the clinic, earliest first (at most " + SLOT_LIMIT
                            + "). Dates are the clinic's local dates.")
                    .parameters(JsonObjectSchema.builder()
                            .addStringProperty("from", "first day, yyyy-MM-dd")
                            .addStringProperty("to", "last day, yyyy-MM-dd; at most " + MAX_RANGE_DAYS + " days later")
                            .addStringProperty(
                                    "practitioner_id", "only this practitioner (an id from list_practitioners)")
                            .addEnumProperty("part_of_day", List.of("morning", "afternoon", "evening"))
                            .required("from")
                            .build())
                    .build();
            case LIST_PRACTITIONERS -> ToolSpecification.builder()
                    .name(tool.wireName())
                    .description("The clinic's bookable dentists and hygienists: id and name.")
                    .parameters(JsonObjectSchema.builder().build())
                    .build();
            case MY_APPOINTMENTS -> ToolSpecification.builder()
                    .name(tool.wireName())
                    .description("The upcoming appointments of the patient in this conversation (start, practitioner).")
                    .parameters(JsonObjectSchema.builder().build())
                    .build();
            default -> throw new IllegalStateException("no specification for " + tool);
        };
    }

    private static String required(JsonNode args, String field) {
        JsonNode value = args.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asText();
    }

    static JsonNode parse(String arguments) {
        try {
            JsonNode node = JSON.readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
            if (node == null || !node.isObject()) {
                throw new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT);
            }
            return node;
        } catch (IOException e) {
            throw new LlmFallback(LlmFallback.Reason.MALFORMED_OUTPUT, e);
        }
    }
}
