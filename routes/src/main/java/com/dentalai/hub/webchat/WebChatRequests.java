package com.dentalai.hub.webchat;

import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code POST /api/v1/chat} body by hand rather than through data binding, so every refusal
 * names the JSON field the widget got wrong ({@code errors[{field, message}]}), including for a body
 * that is not JSON at all (field {@code body}).
 */
@Component
class WebChatRequests {

    /** The longest text a patient may send, in characters (code points, so an emoji counts as one). */
    static final int MAX_TEXT = 4000;

    private static final Pattern TENANT = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final ObjectMapper json;

    WebChatRequests(ObjectMapper json) {
        this.json = json;
    }

    /** Just the tenant, read before the rest so an unknown tenant is 404 whatever else is wrong. */
    String tenant(JsonNode body) {
        JsonNode node = body.get("tenant");
        if (node == null || !node.isTextual() || !TENANT.matcher(node.asText()).matches()) {
            throw invalid(List.of(new Problems.FieldError("tenant", "required: a tenant id ([a-z0-9-])")));
        }
        return node.asText();
    }

    JsonNode tree(byte[] body) {
        try {
            JsonNode node = body == null || body.length == 0 ? null : json.readTree(body);
            if (node == null || !node.isObject()) {
                throw invalid(List.of(new Problems.FieldError("body", "must be a JSON object")));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw invalid(List.of(new Problems.FieldError("body", "is not valid JSON")));
        } catch (java.io.IOException e) {
            throw invalid(List.of(new Problems.FieldError("body", "could not be read")));
        }
    }

    /** The whole request; {@code tenant} was already checked by {@link #tenant}. */
    WebChatRequest request(JsonNode body, String tenant) {
        List<Problems.FieldError> errors = new ArrayList<>();
        String session = string(body, "session_id", errors);
        if (session == null && !errors.stream().anyMatch(e -> e.field().equals("session_id"))) {
            errors.add(new Problems.FieldError("session_id", "required"));
        } else if (session != null && !SESSION.matcher(session).matches()) {
            errors.add(new Problems.FieldError("session_id", "must be 8 to 64 letters, digits, '-' or '_'"));
        }
        String text = string(body, "text", errors);
        String choice = string(body, "choice", errors);
        String messageId = string(body, "message_id", errors);
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.add(new Problems.FieldError("text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (choice != null && !TOKEN.matcher(choice).matches()) {
            errors.add(new Problems.FieldError("choice", "must be the id of an offered choice"));
        }
        if (messageId != null && !TOKEN.matcher(messageId).matches()) {
            errors.add(new Problems.FieldError("message_id", "must be 1 to 64 letters, digits, '-', '_', '.' or ':'"));
        }
        boolean textBad = errors.stream().anyMatch(e -> e.field().equals("text"));
        boolean choiceBad = errors.stream().anyMatch(e -> e.field().equals("choice"));
        if (text == null && choice == null && !textBad && !choiceBad) {
            errors.add(new Problems.FieldError("text", "either text or choice is required"));
        } else if (text != null && choice != null) {
            errors.add(new Problems.FieldError("choice", "send either text or choice, not both"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new WebChatRequest(tenant, session, text, choice, messageId);
    }

    private static String string(JsonNode body, String field, List<Problems.FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new Problems.FieldError(field, "must be a string"));
            return null;
        }
        return node.asText();
    }

    private static ProblemException invalid(List<Problems.FieldError> errors) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
    }
}
