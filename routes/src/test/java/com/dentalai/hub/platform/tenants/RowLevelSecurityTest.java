package com.dentalai.hub.platform.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.platform.db.OwnerDataSource;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database itself keeps tenants apart, whatever SQL the hub (running as hub_app) sends. */
@HubTest
class RowLevelSecurityTest {

    @Autowired
    TenantTransactions tx;

    @Autowired
    DataSource app;

    @Autowired
    OwnerDataSource owner;

    @Autowired
    TenantDirectory directory;

    String smileUser;
    String haifaUser;

    @BeforeEach
    void twoUsersInTwoTenants() {
        smileUser = insertAsOwner("smile-tlv");
        haifaUser = insertAsOwner("bright-haifa");
    }

    @Test
    void theHubRunsAsANonOwnerRoleWithoutRlsBypass() {
        JdbcTemplate db = new JdbcTemplate(app);
        assertThat(db.queryForObject("select current_user", String.class)).isEqualTo("hub_app");
        assertThat(db.queryForObject(
                        "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
    }

    @Test
    void withoutTheTenantSettingNoUserIsVisible() {
        JdbcTemplate db = new JdbcTemplate(app);
        assertThat(db.queryForObject("select count(*) from users", Integer.class))
                .isZero();
    }

    @Test
    void aTenantCannotReadOrChangeAnotherTenantsRowsEvenWithoutAFilter() {
        List<String> seen = tx.inTenant("smile-tlv", db -> db.queryForList("select id::text from users", String.class));
        int updated = tx.inTenant(
                "smile-tlv", db -> db.update("update users set display_name = 'pwned' where id = ?::uuid", haifaUser));
        int deleted = tx.inTenant("smile-tlv", db -> db.update("delete from users where display_name = 'Someone'"));

        assertThat(seen).contains(smileUser).doesNotContain(haifaUser);
        assertThat(updated).isZero();
        assertThat(ownerCount(haifaUser)).isEqualTo(1);
        assertThat(ownerDisplayName(haifaUser)).isEqualTo("Someone");
        assertThat(deleted).isPositive(); // only smile-tlv's own rows
        assertThat(ownerCount(smileUser)).isZero();
    }

    @Test
    void aTenantCannotWriteRowsIntoAnotherTenant() {
        assertThatThrownBy(() -> tx.inTenant(
                        "smile-tlv",
                        db -> db.update(
                                "insert into users (id, tenant_id, username, display_name) values (?, 'bright-haifa', ?, 'x')",
                                UUID.randomUUID(),
                                "intruder-" + UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> tx.inTenant(
                        "smile-tlv",
                        db -> db.update("update users set tenant_id = 'bright-haifa' where id = ?::uuid", smileUser)))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void anHqsScopeIncludesItsBranchesRows() {
        List<String> hqScope = List.copyOf(directory.hierarchy().scopeOf("bright-hq"));
        List<String> seen = tx.inTenants(hqScope, db -> db.queryForList("select id::text from users", String.class));

        assertThat(seen).contains(haifaUser).doesNotContain(smileUser);
    }

    @Test
    void theTenantDirectoryIsReadableButNotWritableByTheApp() {
        JdbcTemplate db = new JdbcTemplate(app);
        assertThat(db.queryForObject("select count(*) from tenant_directory", Integer.class))
                .isGreaterThanOrEqualTo(5);
        assertThatThrownBy(() -> db.queryForObject("select count(*) from tenants", Integer.class))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.update("update tenant_directory set name = 'x'"))
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    private String insertAsOwner(String tenant) {
        UUID id = UUID.randomUUID();
        new JdbcTemplate(owner)
                .update(
                        "insert into users (id, tenant_id, username, display_name) values (?, ?, ?, 'Someone')",
                        id,
                        tenant,
                        "rls-" + id);
        return id.toString();
    }

    private int ownerCount(String id) {
        return new JdbcTemplate(owner)
                .queryForObject("select count(*) from users where id = ?::uuid", Integer.class, id);
    }

    private String ownerDisplayName(String id) {
        return new JdbcTemplate(owner)
                .queryForObject("select display_name from users where id = ?::uuid", String.class, id);
    }
}
