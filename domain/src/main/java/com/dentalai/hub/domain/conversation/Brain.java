package com.dentalai.hub.domain.conversation;

/**
 * Reads a patient's text in the light of the conversation so far. The deterministic brain is the
 * default and the fallback; an LLM brain (routes, later) implements the same interface and falls
 * back to it. A brain only proposes: the dialogue and the tools decide.
 */
public interface Brain {

    Proposal propose(Conversation state, String text, TurnContext ctx);
}
