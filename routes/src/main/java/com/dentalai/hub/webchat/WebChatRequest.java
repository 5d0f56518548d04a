package com.dentalai.hub.webchat;

/**
 * One validated {@code POST /api/v1/chat} body. Exactly one of {@code text} and {@code choice} is set.
 *
 * @param messageId optional client id of this message (a retry sends the same one); null when absent
 */
record WebChatRequest(String tenant, String sessionId, String text, String choice, String messageId) {

    /** Text is PHI: never printed. */
    @Override
    public String toString() {
        return "WebChatRequest[tenant=" + tenant + ", kind=" + (text != null ? "text" : "choice") + "]";
    }
}
