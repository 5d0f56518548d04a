package com.dentalai.hub.notifications;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The email outbox: on a timer, every tenant's pending notification emails are sent. */
@Component
class NotificationEmailRoute extends RouteBuilder {

    static final String ROUTE_ID = "notifications-email";

    private final NotificationsProperties properties;
    private final NotificationEmails emails;

    NotificationEmailRoute(NotificationsProperties properties, NotificationEmails emails) {
        this.properties = properties;
        this.emails = emails;
    }

    @Override
    public void configure() {
        if (!properties.enabled()) {
            return;
        }
        from("timer:notifications-email?delay={{hub.notifications.email.interval}}"
                        + "&period={{hub.notifications.email.interval}}")
                .routeId(ROUTE_ID)
                .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
                .routeProperty(GatedRoutes.RUN_AS, StaffNotificationRoutes.SYSTEM_PRINCIPAL)
                .bean(emails, "sendPending");
    }
}
