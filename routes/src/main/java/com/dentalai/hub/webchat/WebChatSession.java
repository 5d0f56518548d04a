package com.dentalai.hub.webchat;

import java.time.Instant;
import java.util.Objects;

/**
 * Who a web chat browser session is. The phone is PHI: never printed.
 *
 * @param language the language of the identity prompts (he, en), from the conversation
 * @param phone the phone a code was sent to (AWAIT_CODE) or proved (VERIFIED), E.164; else null
 * @param codeHash BCrypt hash of the pending code; null when none is pending
 * @param attempts wrong codes entered against the pending code
 * @param codesSent codes this session has had sent so far
 */
record WebChatSession(
        String tenant,
        String sessionId,
        Phase phase,
        String language,
        String phone,
        String codeHash,
        Instant codeExpiresAt,
        int attempts,
        int codesSent) {

    /** Where the session stands on identity. */
    enum Phase {
        /** Nothing asked yet. */
        NONE,
        /** Asked for the phone to send a code to. */
        AWAIT_PHONE,
        /** A code was sent; waiting for it. */
        AWAIT_CODE,
        /** The phone is proved: the channel vouches for it like WhatsApp's {@code from}. */
        VERIFIED,
        /** No proof (no WhatsApp at the clinic, or the patient chose to go on without): a new patient only. */
        UNVERIFIED
    }

    WebChatSession {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(phase, "phase");
    }

    static WebChatSession start(String tenant, String sessionId) {
        return new WebChatSession(tenant, sessionId, Phase.NONE, null, null, null, null, 0, 0);
    }

    /** The phone the channel vouches for, or null. */
    String verifiedPhone() {
        return phase == Phase.VERIFIED ? phone : null;
    }

    WebChatSession awaitingPhone(String lang) {
        return new WebChatSession(tenant, sessionId, Phase.AWAIT_PHONE, lang, null, null, null, 0, codesSent);
    }

    WebChatSession codeSent(String e164, String hash, Instant expiresAt) {
        return new WebChatSession(
                tenant, sessionId, Phase.AWAIT_CODE, language, e164, hash, expiresAt, 0, codesSent + 1);
    }

    WebChatSession wrongCode() {
        return new WebChatSession(
                tenant, sessionId, phase, language, phone, codeHash, codeExpiresAt, attempts + 1, codesSent);
    }

    WebChatSession verified() {
        return new WebChatSession(tenant, sessionId, Phase.VERIFIED, language, phone, null, null, 0, codesSent);
    }

    WebChatSession unverified() {
        return new WebChatSession(tenant, sessionId, Phase.UNVERIFIED, language, null, null, null, 0, codesSent);
    }

    WebChatSession reset() {
        return new WebChatSession(tenant, sessionId, Phase.NONE, language, null, null, null, 0, codesSent);
    }

    @Override
    public String toString() {
        return "WebChatSession[tenant=" + tenant + ", phase=" + phase + ", attempts=" + attempts + ", codesSent="
                + codesSent + "]";
    }
}
