package com.dentalai.hub.platform.gate;

/**
 * How a route tells the gate what it needs. Java routes use route properties:
 *
 * <pre>{@code
 * from("timer:reminders?period={{hub.reminders.period}}")
 *     .routeId("reminders-day-before")
 *     .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
 *     .routeProperty(GatedRoutes.RUN_AS, "reminders")
 * }</pre>
 *
 * The YAML DSL of Camel 4.17 has no route properties (its route schema allows only id,
 * description, group, note …), so YAML routes write the same keys into the route {@code note}:
 * {@code note: "hub.permission=INTEGRATION_ROUTE_RUN; hub.run-as=lab-orders"}. A route property
 * wins over the note. A route that declares no permission is denied for every exchange.
 */
public final class GatedRoutes {

    /** The {@link com.dentalai.hub.domain.security.Permission} name an exchange needs to enter. */
    public static final String PERMISSION = "hub.permission";
    /**
     * Name of the system principal the route runs as when an exchange arrives without a context
     * (timers, pollers, webhooks); see {@link SystemPrincipals}.
     */
    public static final String RUN_AS = "hub.run-as";
    /** Tenant a system principal acts for; absent = all tenants (platform scope). */
    public static final String TENANT = "hub.tenant";

    /**
     * {@code "false"} turns off the audit of successful entries for one route: only for the audit
     * writer itself, whose every entry would otherwise produce the next event to write. Denials are
     * always audited.
     */
    public static final String AUDIT_ENTRY = "hub.audit-entry";

    private GatedRoutes() {}
}
