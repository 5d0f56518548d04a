package com.dentalai.hub.domain.conversation;

import com.dentalai.hub.domain.tenant.Tenant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a turn needs besides the state and the message.
 *
 * @param now the current time in the tenant's zone
 * @param tools the tool surface, bound to this tenant
 * @param tenantSuspended the tenant's subscription is suspended: answer politely with the clinic's
 *     phone and call no tool
 */
public record TurnContext(ZonedDateTime now, Tenant tenant, Tools tools, boolean tenantSuspended) {

    public TurnContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(tools, "tools");
    }

    public TurnContext(ZonedDateTime now, Tenant tenant, Tools tools) {
        this(now, tenant, tools, false);
    }
}
