package com.dentalai.hub.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The JSON forms of the audit trail: the broker message and the {@code extra} column. An own
 * mapper, so a global Jackson setting elsewhere can never change what the writer reads.
 */
@Component
class AuditEventCodec {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String toMessage(QueuedAuditEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit event cannot be serialised", e);
        }
    }

    QueuedAuditEvent fromMessage(String text) {
        try {
            return json.readValue(text, QueuedAuditEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an audit event message", e);
        }
    }

    String extraToJson(Map<String, String> extra) {
        try {
            return json.writeValueAsString(extra);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit extra cannot be serialised", e);
        }
    }

    Map<String, String> extraFromJson(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Stored audit extra is not a string map", e);
        }
    }
}
