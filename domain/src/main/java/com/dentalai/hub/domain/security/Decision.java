package com.dentalai.hub.domain.security;

import java.util.Objects;

/** The answer of {@link PermissionPolicy}; {@code reason} is non-PHI text fit for the audit trail. */
public record Decision(boolean allowed, String reason) {

    public Decision {
        Objects.requireNonNull(reason, "reason");
    }

    public static Decision allow(String reason) {
        return new Decision(true, reason);
    }

    public static Decision deny(String reason) {
        return new Decision(false, reason);
    }

    public boolean denied() {
        return !allowed;
    }
}
