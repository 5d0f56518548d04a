package com.dentalai.hub.notifications;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.notifications.NotificationStore.Inbox;
import com.dentalai.hub.platform.context.HubContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The work behind the notification API: always the calling user's own notices in the caller's
 * own tenant. Another user's notice is "not found", whatever its id.
 */
@Component
class MyNotifications {

    private final NotificationStore store;

    MyNotifications(NotificationStore store) {
        this.store = store;
    }

    /** Body in: the page size (Integer); body out: an {@link Inbox}. */
    public Inbox inbox(Exchange exchange) {
        Optional<UUID> user = user(exchange);
        String tenant = tenant(exchange);
        if (user.isEmpty() || tenant == null) {
            return new Inbox(0, List.of()); // platform users and patients are never notified
        }
        return store.inbox(tenant, user.get(), exchange.getMessage().getBody(Integer.class));
    }

    /** Body in: the notification id (UUID); body out: whether it was the caller's. */
    public boolean markRead(Exchange exchange) {
        Optional<UUID> user = user(exchange);
        String tenant = tenant(exchange);
        if (user.isEmpty() || tenant == null) {
            return false;
        }
        return store.markRead(tenant, user.get(), exchange.getMessage().getBody(UUID.class));
    }

    private static String tenant(Exchange exchange) {
        Principal principal =
                exchange.getProperty(HubContext.PROPERTY, HubContext.class).principal();
        return principal.tenantId();
    }

    /** The hub user id of the caller; principals whose id is not a user id (patients) have none. */
    private static Optional<UUID> user(Exchange exchange) {
        Principal principal =
                exchange.getProperty(HubContext.PROPERTY, HubContext.class).principal();
        try {
            return Optional.of(UUID.fromString(principal.id()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
