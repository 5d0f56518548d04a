package com.dentalai.hub.platform.security;

/**
 * The reserved tenant id of platform-level users (PLATFORM_ADMIN, operators of the whole hub).
 * It can never collide with a tenant, whose ids match {@code [a-z0-9-]+}. It exists only in the
 * database; outside it (JWT, {@code Principal}, API) such users have no tenant ({@code null}).
 */
public final class PlatformTenant {

    public static final String ID = "_platform";

    private PlatformTenant() {}

    static String toDatabase(String tenant) {
        return tenant == null ? ID : tenant;
    }

    static String fromDatabase(String tenantId) {
        return ID.equals(tenantId) ? null : tenantId;
    }
}
