package com.dentalai.hub.domain.security;

/**
 * What a route or API may require. Every route declares exactly one; the gate checks it with
 * {@link PermissionPolicy} before the route body runs.
 */
public enum Permission {
    /** Routes that anyone past authentication may enter (e.g. reading one's own profile). */
    AUTHENTICATED,
    USERS_READ,
    USERS_MANAGE,
    TENANTS_MANAGE,
    AUDIT_READ,
    AUDIT_EXPORT,
    DEAD_LETTERS_MANAGE,
    ROUTES_OPERATE,
    NLU_PARSE,
    ODOO_CHECK,
    ODOO_READ,
    ODOO_WRITE,
    APPOINTMENTS_READ_OWN,
    APPOINTMENTS_BOOK,
    APPOINTMENTS_MANAGE,
    PATIENTS_READ,
    PATIENTS_WRITE,
    FILES_UPLOAD,
    FILES_READ,
    CHAT_CONVERSE,
    WEBHOOK_INGEST,
    BILLING_READ,
    BILLING_MANAGE,
    BILLING_TOOL,
    INTEGRATION_ROUTE_RUN,
    SCHEDULER_RUN,
    /** Channel onboarding: register the Telegram webhook, see the WhatsApp webhook URL and verify token. */
    CHANNELS_MANAGE,
    /** Reading and marking read one's own staff notifications (mentions, assignments). */
    NOTIFICATIONS_READ
}
