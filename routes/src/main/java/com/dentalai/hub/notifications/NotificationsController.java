package com.dentalai.hub.notifications;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.notifications.NotificationStore.Inbox;
import com.dentalai.hub.notifications.NotificationStore.Notification;
import com.dentalai.hub.platform.gate.GatedCalls;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/notifications}: the caller's own notifications, newest first, with the
 * unread count; {@code POST /api/v1/notifications/{id}/read} marks one read (204; 404 when it is
 * not the caller's).
 */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = "application/json")
class NotificationsController {

    static final int MAX_LIMIT = 200;

    /** The answer of the list call. */
    record InboxResponse(
            @JsonProperty("unread_count") long unreadCount,
            @JsonProperty("notifications") List<NotificationResponse> notifications) {}

    /** One notification; {@code excerpt} only where the tenant allows it, {@code read_at} once read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NotificationResponse(
            @JsonProperty("id") UUID id,
            @JsonProperty("kind") String kind,
            @JsonProperty("title") String title,
            @JsonProperty("link") String link,
            @JsonProperty("excerpt") String excerpt,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("read_at") Instant readAt) {

        static NotificationResponse of(Notification n) {
            return new NotificationResponse(
                    n.id(),
                    n.kind().toLowerCase(java.util.Locale.ROOT),
                    n.title(),
                    n.link(),
                    n.excerpt(),
                    n.createdAt(),
                    n.readAt());
        }
    }

    private final GatedCalls calls;

    NotificationsController(GatedCalls calls) {
        this.calls = calls;
    }

    @GetMapping
    InboxResponse list(
            @AuthenticationPrincipal Principal principal,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "The request has invalid fields",
                    List.of(new Problems.FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        Inbox inbox = calls.request(NotificationApiRoute.INBOX, principal, null, limit, Map.of(), Inbox.class);
        return new InboxResponse(
                inbox.unread(),
                inbox.notifications().stream().map(NotificationResponse::of).toList());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@AuthenticationPrincipal Principal principal, @PathVariable String id) {
        UUID notification;
        try {
            notification = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        Boolean mine = calls.request(NotificationApiRoute.READ, principal, null, notification, Map.of(), Boolean.class);
        if (!Boolean.TRUE.equals(mine)) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    private static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "No such notification");
    }
}
