package com.dentalai.hub.platform.gate;

/**
 * A message arrived without a hub context we can trust: the signed header is missing, malformed
 * or its signature does not match. Never retried; asynchronous inputs dead-letter it with this
 * reason.
 */
public class UntrustedContextException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public UntrustedContextException(String routeId, String permission, String reason) {
        super(routeId, permission, reason);
    }
}
