package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.context.HubContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link HubContext} into a header value that survives a broker hop and cannot be forged
 * by whoever can write to the broker: {@code base64url(json) "." base64url(HMAC-SHA256)}. The
 * payload is not secret (ids and roles, no PHI); the signature is what makes it trustworthy.
 */
@Component
public class ContextSigner {

    /** Message header that carries the signed context across queues and topics. */
    public static final String HEADER = "HubContext";

    private static final Logger LOG = LoggerFactory.getLogger(ContextSigner.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_LENGTH = 32;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final ObjectMapper json;

    public ContextSigner(GateProperties props, Environment env, ObjectMapper json) {
        this.json = json;
        this.key = new SecretKeySpec(keyBytes(props.contextSigningKey(), env), ALGORITHM);
    }

    private static byte[] keyBytes(String configured, Environment env) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException(
                        "hub.gate.context-signing-key must be at least " + MIN_KEY_LENGTH + " characters");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        if (env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(
                    "hub.gate.context-signing-key is required under the prod profile "
                            + "(set HUB_GATE_CONTEXT_SIGNING_KEY): queued messages must verify on every instance and after restarts");
        }
        LOG.warn("hub.gate.context-signing-key is blank: using a random key for this run; "
                + "messages queued before a restart will be dead-lettered as untrusted");
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return random;
    }

    public String sign(HubContext context) {
        Principal p = context.principal();
        Payload payload = new Payload(
                context.tenantId(),
                p.id(),
                p.name(),
                p.tenantId(),
                p.roles().stream().map(Enum::name).sorted().toList(),
                context.channel(),
                context.correlationId());
        try {
            String body = B64.encodeToString(json.writeValueAsBytes(payload));
            return body + "." + B64.encodeToString(mac(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise the hub context", e);
        }
    }

    /** The context in {@code token}, or empty when it is malformed or its signature is wrong. */
    public Optional<HubContext> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            byte[] given = B64D.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(body))) {
                return Optional.empty();
            }
            Payload p = json.readValue(B64D.decode(body), Payload.class);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : p.roles()) {
                roles.add(Role.valueOf(role));
            }
            Principal principal = new Principal(p.principalId(), p.principalName(), p.principalTenant(), roles);
            return Optional.of(new HubContext(p.tenant(), principal, p.channel(), p.correlationId()));
        } catch (RuntimeException | java.io.IOException e) {
            // a malformed token is as untrusted as a forged one; the reason goes to the dead letter
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Wire form of the context; short, stable field names. */
    record Payload(
            String tenant,
            String principalId,
            String principalName,
            String principalTenant,
            List<String> roles,
            String channel,
            String correlationId) {}

    @Override
    public String toString() {
        return "ContextSigner[HmacSHA256]";
    }
}
