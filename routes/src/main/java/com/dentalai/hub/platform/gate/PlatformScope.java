package com.dentalai.hub.platform.gate;

import com.dentalai.hub.platform.context.HubContext;

/**
 * Rows that belong to no tenant (work of a platform-wide system principal) are filed under this
 * pseudo tenant id, so tenant-owned tables keep {@code tenant_id not null} and row-level security
 * still applies: only principals that may act platform-wide get it in their tenant set.
 */
public final class PlatformScope {

    /** Not a valid tenant id ({@code [a-z0-9-]+}), so it can never collide with one. */
    public static final String TENANT_ID = "_platform";

    private PlatformScope() {}

    /** The tenant id to file a row of {@code context} under. */
    public static String tenantOf(HubContext context) {
        return context == null || context.tenantId() == null ? TENANT_ID : context.tenantId();
    }
}
