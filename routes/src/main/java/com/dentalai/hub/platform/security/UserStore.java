package com.dentalai.hub.platform.security;

import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code users} table. Everything but login goes through {@link TenantTransactions}, so
 * row-level security limits each call to the tenants the caller may see; login uses the narrow
 * SECURITY DEFINER functions of V11.
 */
@Component
class UserStore {

    private static final String COLUMNS = "id, tenant_id, username, display_name, roles, enabled, created_at";

    private final TenantTransactions tx;
    private final JdbcTemplate jdbc;

    UserStore(TenantTransactions tx, JdbcTemplate jdbc) {
        this.tx = tx;
        this.jdbc = jdbc;
    }

    /** What login needs to know about one user, read before any tenant is known. */
    record LoginRecord(
            UUID id,
            String tenantId,
            String username,
            String passwordHash,
            Set<Role> roles,
            boolean enabled,
            Instant lockedUntil) {

        UserAccount account() {
            return new UserAccount(
                    id, PlatformTenant.fromDatabase(tenantId), username, username, roles, enabled, Instant.EPOCH);
        }
    }

    /** One user to create; {@code passwordHash} null = invited, {@code inviteHash} set. */
    record NewUser(
            String tenantId,
            String username,
            String displayName,
            Set<Role> roles,
            String passwordHash,
            String inviteHash) {}

    Optional<LoginRecord> loginLookup(String username) {
        List<LoginRecord> rows = jdbc.query(
                "select * from hub_login_lookup(?)",
                (rs, n) -> new LoginRecord(
                        rs.getObject("id", UUID.class),
                        rs.getString("tenant_id"),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        roles(rs.getArray("roles")),
                        rs.getBoolean("enabled"),
                        instant(rs.getTimestamp("locked_until"))),
                username);
        return rows.stream().findFirst();
    }

    /** Records a login outcome; returns the lock end when the account is (now) locked. */
    Optional<Instant> loginResult(UUID userId, boolean success, int maxFailures, Duration lock) {
        List<Instant> locked = jdbc.query(
                "select locked_until from hub_login_result(?, ?, ?, ?)",
                (rs, n) -> instant(rs.getTimestamp("locked_until")),
                userId,
                success,
                maxFailures,
                (int) lock.toSeconds());
        return locked.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    boolean anyUserExists() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select hub_users_exist()", Boolean.class));
    }

    /** Creates all users in one transaction: either every row is written or none. */
    List<UUID> createAll(Collection<String> scope, List<NewUser> users, Duration inviteTtl) {
        return tx.inTenants(
                scope, db -> users.stream().map(u -> insert(db, u, inviteTtl)).toList());
    }

    private static UUID insert(JdbcTemplate db, NewUser u, Duration inviteTtl) {
        UUID id = UUID.randomUUID();
        Timestamp inviteExpires =
                u.inviteHash() == null ? null : Timestamp.from(Instant.now().plus(inviteTtl));
        db.update(
                "insert into users (id, tenant_id, username, password_hash, display_name, roles,"
                        + " invite_hash, invite_expires_at) values (?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?)",
                id,
                u.tenantId(),
                u.username(),
                u.passwordHash(),
                u.displayName(),
                Roles.toSqlList(u.roles()),
                u.inviteHash(),
                inviteExpires);
        return id;
    }

    List<UserAccount> list(Collection<String> scope) {
        return tx.inTenants(scope, db -> db.query("select " + COLUMNS + " from users order by username", MAPPER));
    }

    Optional<UserAccount> find(Collection<String> scope, UUID id) {
        return tx.inTenants(scope, db -> db.query("select " + COLUMNS + " from users where id = ?", MAPPER, id).stream()
                .findFirst());
    }

    /** Replaces a user's roles; returns the previous ones, empty when the user is not in scope. */
    Optional<Set<Role>> replaceRoles(Collection<String> scope, UUID id, Set<Role> roles) {
        return tx.inTenants(scope, db -> {
            List<Set<Role>> before =
                    db.query("select roles from users where id = ? for update", (rs, n) -> roles(rs.getArray(1)), id);
            if (before.isEmpty()) {
                return Optional.empty();
            }
            db.update("update users set roles = string_to_array(?, ',') where id = ?", Roles.toSqlList(roles), id);
            return Optional.of(before.get(0));
        });
    }

    /** Redeems an invite: sets the password once; returns the user id when the token was valid. */
    Optional<UUID> acceptInvite(String inviteHash, String passwordHash) {
        List<UUID> ids = jdbc.query(
                "select hub_accept_invite(?, ?)", (rs, n) -> rs.getObject(1, UUID.class), inviteHash, passwordHash);
        return ids.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private static final RowMapper<UserAccount> MAPPER = (rs, n) -> new UserAccount(
            rs.getObject("id", UUID.class),
            PlatformTenant.fromDatabase(rs.getString("tenant_id")),
            rs.getString("username"),
            rs.getString("display_name"),
            roles(rs.getArray("roles")),
            rs.getBoolean("enabled"),
            instant(rs.getTimestamp("created_at")));

    private static Set<Role> roles(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        String[] names = (String[]) array.getArray();
        return Roles.parse(Arrays.asList(names));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
