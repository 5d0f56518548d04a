package com.dentalai.hub.domain.tenant;

/** A clinic is a SaaS tenant on its own; a franchise is one HQ and its branches. */
public enum TenantKind {
    CLINIC,
    HQ,
    BRANCH
}
