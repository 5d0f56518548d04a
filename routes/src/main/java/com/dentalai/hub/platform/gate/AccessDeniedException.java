package com.dentalai.hub.platform.gate;

/**
 * The gate refused an exchange. HTTP callers answer 403 problem+json, bot channels a polite
 * refusal; the message carries no PHI (route, permission and reason only), so it may be logged.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String routeId;
    private final String permission;
    private final String reason;

    public AccessDeniedException(String routeId, String permission, String reason) {
        super("Access denied to route '" + routeId + "' ("
                + (permission == null ? "no permission declared" : permission) + "): " + reason);
        this.routeId = routeId;
        this.permission = permission;
        this.reason = reason;
    }

    public String routeId() {
        return routeId;
    }

    /** The permission the route declares, or {@code null} when it declares none. */
    public String permission() {
        return permission;
    }

    public String reason() {
        return reason;
    }
}
