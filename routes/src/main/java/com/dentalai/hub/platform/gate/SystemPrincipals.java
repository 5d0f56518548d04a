package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.context.HubContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The named principals timers, pollers and webhooks run as. They carry only the SYSTEM role, so
 * what they may do is whatever the permission policy grants SYSTEM: narrow by construction.
 * Routes usually just declare {@link GatedRoutes#RUN_AS}; code that starts work outside a route
 * (a controller handing a webhook to a route) builds the context here.
 */
public final class SystemPrincipals {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private SystemPrincipals() {}

    /** The system principal {@code name} acting for {@code tenantId} ({@code null} = all tenants). */
    public static Principal of(String name, String tenantId) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("System principal names match " + NAME + ": " + name);
        }
        return Principal.system(name, tenantId);
    }

    /** A fresh context (new correlation id) for work the system principal starts on {@code channel}. */
    public static HubContext context(String name, String tenantId, String channel) {
        return new HubContext(
                tenantId, of(name, tenantId), channel, UUID.randomUUID().toString());
    }
}
