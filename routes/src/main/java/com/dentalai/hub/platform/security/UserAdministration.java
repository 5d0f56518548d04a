package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.audit.AuditEvent.Outcome;
import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.domain.security.PermissionPolicy;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.web.ProblemException;
import com.dentalai.hub.platform.web.Problems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating users, listing them and changing their roles, always inside the caller's scope: the
 * domain {@link PermissionPolicy} decides (USERS_READ, USERS_MANAGE, mayGrant), and the database
 * transaction is scoped by row-level security to the same tenants, so a missed check cannot reach
 * another tenant's rows. Every creation and role change is audited.
 */
@Service
class UserAdministration {

    private final UserStore users;
    private final PermissionPolicy policy;
    private final TenantDirectory tenants;
    private final PasswordEncoder passwords;
    private final SecurityAudit audit;
    private final UserCsv csv;
    private final Duration inviteTtl;

    UserAdministration(
            UserStore users,
            PermissionPolicy policy,
            TenantDirectory tenants,
            PasswordEncoder passwords,
            SecurityAudit audit,
            UserCsv csv,
            SecurityProperties props) {
        this.users = users;
        this.policy = policy;
        this.tenants = tenants;
        this.passwords = passwords;
        this.audit = audit;
        this.csv = csv;
        this.inviteTtl = props.inviteTtl();
    }

    record Created(UserAccount user, String inviteToken) {}

    Created create(Principal caller, AdminUsersController.CreateUserRequest req, String ip) {
        if ((req.password() == null) != req.invited()) {
            throw new ProblemException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "The request has invalid fields",
                    List.of(new Problems.FieldError("password", "give either a password or \"invite\": true")));
        }
        if (req.tenant() != null) {
            tenants.require(req.tenant());
        }
        Set<Role> roles = EnumSet.copyOf(req.roles());
        for (Role role : roles) {
            requireGrant(caller, role, req.tenant());
        }
        String invite = req.invited() ? Invites.newToken() : null;
        UserStore.NewUser user = new UserStore.NewUser(
                PlatformTenant.toDatabase(req.tenant()),
                req.username().toLowerCase(Locale.ROOT),
                req.displayName(),
                roles,
                req.password() == null ? null : passwords.encode(req.password()),
                invite == null ? null : Invites.hash(invite));
        UUID id = users.createAll(scope(caller, Permission.USERS_MANAGE), List.of(user), inviteTtl)
                .get(0);
        auditCreated(caller, id, user, ip);
        return new Created(load(caller, id), invite);
    }

    List<UserAccount> list(Principal caller) {
        Set<String> scope = scope(caller, Permission.USERS_READ);
        if (scope.isEmpty()) {
            throw forbidden("You may not list users");
        }
        return users.list(scope);
    }

    UserAccount replaceRoles(Principal caller, UUID id, Set<Role> roles, String ip) {
        Set<String> scope = scope(caller, Permission.USERS_MANAGE);
        UserAccount user = users.find(scope, id).orElseThrow(() -> notFound(id));
        Set<Role> changed = EnumSet.noneOf(Role.class);
        changed.addAll(roles);
        changed.addAll(user.roles());
        changed.removeIf(r -> roles.contains(r) && user.roles().contains(r));
        for (Role role : changed) {
            // removing a role needs the same authority as granting it
            requireGrant(caller, role, user.tenant());
        }
        Set<Role> before = users.replaceRoles(scope, id, roles).orElseThrow(() -> notFound(id));
        audit.record(
                PlatformTenant.toDatabase(user.tenant()),
                caller.id(),
                SecurityAudit.USER_ROLES,
                id.toString(),
                Outcome.SUCCESS,
                ip,
                Map.of("before", names(before), "after", names(roles)));
        return load(caller, id);
    }

    /** All-or-nothing: any bad line → 400 naming every bad line; otherwise one transaction. */
    List<Created> importCsv(Principal caller, String text, String ip) {
        List<UserCsv.Line> lines = csv.parse(text, (role, tenant) -> policy.mayGrant(caller, role, tenant));
        List<String> invites = new ArrayList<>();
        List<UserStore.NewUser> batch = new ArrayList<>();
        for (UserCsv.Line line : lines) {
            String invite = Invites.newToken();
            invites.add(invite);
            batch.add(new UserStore.NewUser(
                    PlatformTenant.toDatabase(line.tenant()),
                    line.username(),
                    line.displayName(),
                    line.roles(),
                    null,
                    Invites.hash(invite)));
        }
        List<UUID> ids = users.createAll(scope(caller, Permission.USERS_MANAGE), batch, inviteTtl);
        List<Created> created = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            auditCreated(caller, ids.get(i), batch.get(i), ip);
            created.add(new Created(load(caller, ids.get(i)), invites.get(i)));
        }
        audit.record(
                null,
                caller.id(),
                SecurityAudit.USER_IMPORT,
                null,
                Outcome.SUCCESS,
                ip,
                Map.of("count", String.valueOf(ids.size())));
        return created;
    }

    /** The tenants (and '_platform') whose users the caller may handle with {@code permission}. */
    Set<String> scope(Principal caller, Permission permission) {
        Set<String> scope = new LinkedHashSet<>();
        for (String tenant : policy.visibleTenants(caller)) {
            if (policy.decide(caller, permission, tenant).allowed()) {
                scope.add(tenant);
            }
        }
        if (policy.decide(caller, permission, null).allowed()) {
            scope.add(PlatformTenant.ID);
        }
        return scope;
    }

    private void requireGrant(Principal caller, Role role, String tenant) {
        if (!policy.mayGrant(caller, role, tenant)) {
            throw forbidden("You may not grant " + role + (tenant == null ? " platform-wide" : " in " + tenant));
        }
    }

    private UserAccount load(Principal caller, UUID id) {
        return users.find(scope(caller, Permission.USERS_MANAGE), id).orElseThrow(() -> notFound(id));
    }

    private void auditCreated(Principal caller, UUID id, UserStore.NewUser user, String ip) {
        audit.record(
                user.tenantId(),
                caller.id(),
                SecurityAudit.USER_CREATE,
                id.toString(),
                Outcome.SUCCESS,
                ip,
                Map.of("roles", names(user.roles()), "invited", String.valueOf(user.inviteHash() != null)));
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "unknown-user", "No user " + id + " in your scope");
    }
}
