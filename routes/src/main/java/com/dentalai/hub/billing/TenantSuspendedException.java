package com.dentalai.hub.billing;

import com.dentalai.hub.platform.gate.AccessDeniedException;

/** The gate refused a write because the tenant's subscription is suspended: HTTP 403 "tenant suspended". */
public class TenantSuspendedException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    private final String tenant;

    TenantSuspendedException(String routeId, String permission, String tenant) {
        super(routeId, permission, "tenant suspended: " + tenant + " has no active subscription (read-only)");
        this.tenant = tenant;
    }

    public String tenant() {
        return tenant;
    }
}
