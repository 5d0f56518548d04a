package com.dentalai.hub.files;

import com.dentalai.hub.connectors.storage.ObjectCreated;
import com.dentalai.hub.connectors.storage.S3EventParser;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.gate.SystemPrincipals;
import com.dentalai.hub.platform.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/s3}: bucket notifications from AWS (via a forwarder) or MinIO's webhook
 * target, authenticated by the shared bearer token MinIO sends ({@code auth_token}). Each created
 * original in a known tenant's prefix is queued for the pipeline as the {@code files} system
 * principal of that tenant; anything else is recorded as a rejection and never processed.
 */
@RestController
class S3WebhookController {

    static final String SYSTEM_PRINCIPAL = "files";

    private final S3EventParser parser;
    private final S3Notifications notifications;
    private final GatedCalls calls;
    private final FilesProperties props;
    private final Environment environment;

    S3WebhookController(
            S3EventParser parser,
            S3Notifications notifications,
            GatedCalls calls,
            FilesProperties props,
            Environment environment) {
        this.parser = parser;
        this.notifications = notifications;
        this.calls = calls;
        this.props = props;
        this.environment = environment;
    }

    @PostMapping(path = "/webhooks/s3", produces = "application/json")
    Map<String, Object> notify(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) byte[] body) {
        if (!authorized(authorization)) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Missing or wrong bearer token");
        }
        List<ObjectCreated> events;
        try {
            events = parser.parse(body == null ? new byte[0] : body);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "malformed-body", e.getMessage());
        }
        int queued = 0;
        int rejected = 0;
        int ignored = 0;
        for (ObjectCreated created : events) {
            S3Notifications.Verdict verdict = notifications.classify(created);
            if (verdict instanceof S3Notifications.Queue queue) {
                calls.request(
                        FileNotificationRoute.NOTIFY,
                        SystemPrincipals.of(SYSTEM_PRINCIPAL, queue.tenant()),
                        queue.tenant(),
                        created.versionKey(),
                        headers(created),
                        Object.class);
                queued++;
            } else if (verdict instanceof S3Notifications.Reject) {
                rejected++;
            } else {
                ignored++;
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("queued", queued);
        answer.put("rejected", rejected);
        answer.put("ignored", ignored);
        return answer;
    }

    private boolean authorized(String authorization) {
        String expected = FilesConfig.secret(environment, props.webhookTokenEnv());
        if (expected == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> headers(ObjectCreated created) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(FileHeaders.BUCKET, created.bucket());
        headers.put(FileHeaders.KEY, created.key());
        headers.put(FileHeaders.EVENT_SIZE, created.size());
        headers.put(FileHeaders.VERSION_KEY, created.versionKey());
        return headers;
    }
}
