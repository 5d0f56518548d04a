package com.dentalai.hub.domain.security;

import static com.dentalai.hub.domain.security.Permission.*;
import static com.dentalai.hub.domain.security.Role.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Role × permission → {@link Reach}. This table is the single source of truth; docs/security.md
 * shows {@link #toMarkdown()} and a test keeps the two equal.
 *
 * <p>Design: PLATFORM_ADMIN holds every permission but the agents' reserved tools (BILLING_TOOL). Clinic staff roles never hold platform
 * operations; OPERATOR and INTEGRATOR never touch PHI (patients, appointments, files, chats);
 * SYSTEM (timers, pollers, webhooks) holds only what unattended work needs. Admin roles hold a
 * superset of the roles they may grant (see {@link PermissionPolicy#mayGrant}).
 */
public final class PermissionMatrix {

    private static final Set<Role> ADMINS = EnumSet.of(HQ_ADMIN, BRANCH_ADMIN);
    private static final Set<Role> STAFF = EnumSet.of(HQ_ADMIN, BRANCH_ADMIN, DENTIST, ASSISTANT, FRONT_DESK);
    private static final Set<Role> STAFF_READ =
            EnumSet.of(HQ_ADMIN, BRANCH_ADMIN, DENTIST, ASSISTANT, FRONT_DESK, READ_ONLY);

    private static final PermissionMatrix STANDARD = new PermissionMatrix()
            .grant(AUTHENTICATED, STAFF_READ)
            .grant(AUTHENTICATED, EnumSet.of(EXTERNAL_GUEST, PATIENT, OPERATOR, INTEGRATOR))
            .grant(USERS_READ, ADMINS)
            .grant(USERS_MANAGE, ADMINS)
            .grant(AUDIT_READ, ADMINS)
            .grant(AUDIT_READ, EnumSet.of(OPERATOR))
            .grant(AUDIT_EXPORT, ADMINS)
            .grant(AUDIT_EXPORT, EnumSet.of(OPERATOR))
            .grant(DEAD_LETTERS_MANAGE, EnumSet.of(OPERATOR))
            .grant(ROUTES_OPERATE, EnumSet.of(OPERATOR))
            .grant(NLU_PARSE, EnumSet.of(OPERATOR, INTEGRATOR))
            .grant(ODOO_CHECK, ADMINS)
            .grant(ODOO_CHECK, EnumSet.of(OPERATOR))
            .grant(ODOO_READ, STAFF_READ)
            .grant(ODOO_READ, EnumSet.of(SYSTEM))
            .grant(ODOO_WRITE, STAFF)
            .grant(ODOO_WRITE, EnumSet.of(SYSTEM))
            .grant(APPOINTMENTS_READ_OWN, STAFF_READ)
            .grant(APPOINTMENTS_READ_OWN, PATIENT, Reach.OWN)
            .grant(APPOINTMENTS_BOOK, STAFF)
            .grant(APPOINTMENTS_BOOK, PATIENT, Reach.OWN)
            .grant(APPOINTMENTS_MANAGE, STAFF)
            .grant(PATIENTS_READ, STAFF_READ)
            .grant(PATIENTS_READ, PATIENT, Reach.OWN)
            .grant(PATIENTS_READ, EXTERNAL_GUEST, Reach.SHARED)
            .grant(PATIENTS_WRITE, STAFF)
            .grant(FILES_UPLOAD, STAFF)
            .grant(FILES_UPLOAD, PATIENT, Reach.OWN)
            .grant(FILES_READ, STAFF_READ)
            .grant(FILES_READ, PATIENT, Reach.OWN)
            .grant(FILES_READ, EXTERNAL_GUEST, Reach.SHARED)
            .grant(CHAT_CONVERSE, STAFF)
            .grant(CHAT_CONVERSE, PATIENT, Reach.OWN)
            .grant(WEBHOOK_INGEST, EnumSet.of(SYSTEM))
            .grant(BILLING_READ, EnumSet.of(HQ_ADMIN, BRANCH_ADMIN, FRONT_DESK, READ_ONLY))
            .grant(BILLING_MANAGE, ADMINS)
            // the billing tool is Yosef's only: SYSTEM holds it, and PermissionPolicy narrows it to
            // the one system principal named in PermissionPolicy.RESERVED (docs/security.md)
            .grant(BILLING_TOOL, EnumSet.of(SYSTEM))
            .grant(INTEGRATION_ROUTE_RUN, EnumSet.of(INTEGRATOR))
            .grant(SCHEDULER_RUN, EnumSet.of(SYSTEM))
            .grant(CHANNELS_MANAGE, ADMINS)
            .grant(NOTIFICATIONS_READ, STAFF_READ)
            .grantAll(PLATFORM_ADMIN)
            .revoke(BILLING_TOOL, PLATFORM_ADMIN);

    private final Map<Role, Map<Permission, Reach>> table = new EnumMap<>(Role.class);

    private PermissionMatrix() {
        for (Role role : Role.values()) {
            table.put(role, new EnumMap<>(Permission.class));
        }
    }

    /** The hub's matrix. */
    public static PermissionMatrix standard() {
        return STANDARD;
    }

    public Reach reach(Role role, Permission permission) {
        return table.get(role).getOrDefault(permission, Reach.NONE);
    }

    /** Every permission the role holds with any reach. */
    public Set<Permission> permissionsOf(Role role) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        held.addAll(table.get(role).keySet());
        return Collections.unmodifiableSet(held);
    }

    /**
     * The matrix as a Markdown table: one row per permission, one column per role, cells {@code T}
     * (tenant scope), {@code O} (own records), {@code S} (shared with them) or {@code ·}.
     */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("| permission |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Role role : Role.values()) {
            md.append(' ').append(role.name()).append(" |");
            rule.append(":-:|");
        }
        md.append('\n').append(rule).append('\n');
        for (Permission permission : Permission.values()) {
            md.append("| ").append(permission.name()).append(" |");
            for (Role role : Role.values()) {
                md.append(' ').append(reach(role, permission).symbol()).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private PermissionMatrix grant(Permission permission, Set<Role> roles) {
        roles.forEach(role -> grant(permission, role, Reach.TENANT));
        return this;
    }

    private PermissionMatrix grant(Permission permission, Role role, Reach reach) {
        table.get(role).put(permission, reach);
        return this;
    }

    private PermissionMatrix revoke(Permission permission, Role role) {
        table.get(role).remove(permission);
        return this;
    }

    private PermissionMatrix grantAll(Role role) {
        for (Permission permission : Permission.values()) {
            grant(permission, role, Reach.TENANT);
        }
        return this;
    }
}
