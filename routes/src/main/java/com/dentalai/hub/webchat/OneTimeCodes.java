package com.dentalai.hub.webchat;

import com.dentalai.hub.channels.ChannelSecrets;
import com.dentalai.hub.channels.ChannelsProperties;
import com.dentalai.hub.connectors.whatsapp.WhatsAppAccount;
import com.dentalai.hub.connectors.whatsapp.WhatsAppApiSettings;
import com.dentalai.hub.connectors.whatsapp.WhatsAppSender;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.tenant.ChannelBindings;
import com.dentalai.hub.domain.tenant.Tenant;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One-time codes that prove a web chat patient holds a phone: a random code goes to the phone over
 * the clinic's WhatsApp number as the approved template, and only its BCrypt hash is kept, in the
 * row of the session that asked for it (so a code is good for that session only).
 */
@Component
class OneTimeCodes {

    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder hashes;
    private final ChannelSecrets secrets;
    private final WhatsAppSender whatsapp;
    private final WebChatProperties.Otp props;
    private final Clock clock = Clock.systemUTC();

    OneTimeCodes(PasswordEncoder hashes, ChannelSecrets secrets, ChannelsProperties channels, WebChatProperties props) {
        this.hashes = hashes;
        this.secrets = secrets;
        this.props = props.otp();
        this.whatsapp = new WhatsAppSender(new WhatsAppApiSettings(
                channels.whatsapp().baseUrl(),
                channels.whatsapp().apiVersion(),
                channels.whatsapp().timeout(),
                16L * 1024 * 1024,
                null));
    }

    /** Whether the tenant can send codes at all (a WhatsApp number with its access token). */
    boolean available(Tenant tenant) {
        ChannelBindings.WhatsApp binding = tenant.channels().whatsapp();
        return binding != null && secrets.value(binding.accessTokenEnv()).isPresent();
    }

    /** Sends a fresh code to {@code e164} and returns the session waiting for it. */
    WebChatSession send(Tenant tenant, WebChatSession session, String e164, String language) {
        String code = code();
        ChannelBindings.WhatsApp binding = tenant.channels().whatsapp();
        String token = secrets.value(binding.accessTokenEnv())
                .orElseThrow(() -> new IllegalStateException("whatsapp access-token-env is not set"));
        whatsapp.send(
                new WhatsAppAccount(binding.phoneNumberId(), token),
                e164.substring(1),
                new OutboundMessage.Template(props.template(), language, List.of(code)));
        Instant expires = clock.instant().plus(props.ttl());
        return session.codeSent(e164, hashes.encode(code), expires);
    }

    /** What a typed code does to the session. */
    enum Outcome {
        VERIFIED,
        WRONG,
        EXPIRED,
        LOCKED
    }

    Outcome check(WebChatSession session, String typed) {
        if (session.codeHash() == null
                || session.codeExpiresAt() == null
                || clock.instant().isAfter(session.codeExpiresAt())) {
            return Outcome.EXPIRED;
        }
        if (session.attempts() >= props.maxAttempts()) {
            return Outcome.LOCKED;
        }
        return hashes.matches(typed, session.codeHash()) ? Outcome.VERIFIED : Outcome.WRONG;
    }

    boolean mayAttemptAgain(WebChatSession session) {
        return session.attempts() < props.maxAttempts();
    }

    boolean maySendAnother(WebChatSession session) {
        return session.codesSent() < props.maxCodes();
    }

    /** A typed text that looks like a code of the configured length, digits only, or null. */
    String asCode(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.length() == props.digits() && digits.chars().allMatch(c -> c >= '0' && c <= '9') ? digits : null;
    }

    private String code() {
        StringBuilder code = new StringBuilder(props.digits());
        for (int i = 0; i < props.digits(); i++) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }
}
