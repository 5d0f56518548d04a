package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.platform.context.HubContext;
import java.util.Optional;

/**
 * A refusal the gate applies AFTER the permission policy allowed an exchange, for reasons that are
 * not about who the principal is but about the state of the tenant (e.g. a suspended
 * subscription). Beans of this type are picked up by {@link RouteGate}; the refusal is audited
 * like any other denial and thrown as returned, so the owner picks the exception type (and thus
 * the HTTP answer or bot reply).
 */
public interface GateRestriction {

    /** A refusal for this exchange, or empty to let it in. */
    Optional<AccessDeniedException> refuse(HubContext context, String routeId, Permission needed);
}
