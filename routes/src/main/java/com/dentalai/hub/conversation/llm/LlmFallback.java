package com.dentalai.hub.conversation.llm;

/**
 * Why a turn went to the deterministic brain instead. The reason is all that is logged: never the
 * prompt, the patient's text or the model's answer.
 */
final class LlmFallback extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Reason {
        /** The model named a tool the hub does not have. */
        UNKNOWN_TOOL,
        /** The model named a tool this agent may not use (e.g. a billing tool for Dana). */
        TOOL_NOT_ALLOWED,
        /** More look-ups than {@code hub.llm.max-tool-calls} in one turn. */
        TOO_MANY_TOOL_CALLS,
        /** The answer or a tool call's arguments were not what the tool specifications ask for. */
        MALFORMED_OUTPUT,
        /** A request or the whole turn took too long. */
        TIMEOUT,
        /** The endpoint answered with an error or could not be reached. */
        MODEL_ERROR,
        /** A look-up tool failed (the clinic's system is down, say). */
        TOOL_FAILED
    }

    private final Reason reason;

    LlmFallback(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    LlmFallback(Reason reason, Throwable cause) {
        super(reason.name(), cause, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
