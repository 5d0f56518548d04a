package com.dentalai.hub.notifications;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The staff member's own notifications behind the gate (NOTIFICATIONS_READ). */
@Component
class NotificationApiRoute extends RouteBuilder {

    static final String INBOX = "direct:notifications-inbox";
    static final String READ = "direct:notifications-read";

    private final MyNotifications notifications;

    NotificationApiRoute(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void configure() {
        from(INBOX)
                .routeId("notifications-inbox")
                .routeProperty(GatedRoutes.PERMISSION, "NOTIFICATIONS_READ")
                .bean(notifications, "inbox");
        from(READ)
                .routeId("notifications-read")
                .routeProperty(GatedRoutes.PERMISSION, "NOTIFICATIONS_READ")
                .bean(notifications, "markRead");
    }
}
