package com.dentalai.hub.domain.security;

/** The roles of CONTRACTS.md ("Roles and scope"). Names are part of the outside contract. */
public enum Role {
    HQ_ADMIN,
    BRANCH_ADMIN,
    DENTIST,
    ASSISTANT,
    FRONT_DESK,
    READ_ONLY,
    EXTERNAL_GUEST,
    PATIENT,
    OPERATOR,
    INTEGRATOR,
    PLATFORM_ADMIN,
    /** Timers, pollers and webhooks run as named system principals with narrow permissions. */
    SYSTEM
}
