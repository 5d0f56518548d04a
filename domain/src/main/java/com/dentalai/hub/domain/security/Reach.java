package com.dentalai.hub.domain.security;

/**
 * How far a role's permission reaches inside the tenants it can see, from narrowest to widest. The
 * order matters: a principal with several roles gets the widest reach any of them grants.
 */
public enum Reach {
    /** The role does not have the permission. */
    NONE("·"),
    /** Only records explicitly shared with the principal (EXTERNAL_GUEST). */
    SHARED("S"),
    /** Only records whose owner ref is the principal's id (PATIENT). */
    OWN("O"),
    /** Every record of every tenant in the role's scope. */
    TENANT("T");

    private final String symbol;

    Reach(String symbol) {
        this.symbol = symbol;
    }

    /** The one-character form used in the matrix table of docs/security.md. */
    public String symbol() {
        return symbol;
    }
}
