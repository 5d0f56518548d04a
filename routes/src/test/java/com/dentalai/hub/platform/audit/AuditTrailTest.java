package com.dentalai.hub.platform.audit;

import static com.dentalai.hub.platform.audit.AuditFixtures.asOwner;
import static com.dentalai.hub.platform.audit.AuditFixtures.event;
import static com.dentalai.hub.platform.audit.AuditFixtures.uniqueTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.audit.AuditChain;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.db.OwnerDataSource;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

@HubTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    AuditStore store;

    @Autowired
    TenantTransactions tx;

    @Autowired
    OwnerDataSource owner;

    @Test
    void recordedEventsArriveChainedInTheTenantsRows() {
        String tenant = uniqueTenant("chain");
        Instant t0 = Instant.parse("2026-03-01T09:00:00.123456789Z");
        for (int i = 1; i <= 5; i++) {
            trail.record(event(tenant, "appointment.book", t0.plusSeconds(i), "a" + i));
        }

        awaitRows(tenant, 5);

        List<Map<String, Object>> rows = tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForList(
                        "select seq, object_id, prev_hash, hash, extra::text as extra from audit_events"
                                + " where tenant_id = ? order by seq",
                        tenant));
        assertThat(rows).extracting(r -> r.get("seq")).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(rows.get(0).get("prev_hash")).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("hash"));
        }
        assertThat((String) rows.get(0).get("extra")).contains("appointment-book");
        assertThat(verifier.verify(tenant)).isEqualTo(ChainVerification.intact(tenant, 5, 5));
    }

    @Test
    void theAppRunsAsTheNonOwnerRole() {
        String user = tx.inTenant("any", jdbc -> jdbc.queryForObject("select current_user", String.class));
        assertThat(user).isEqualTo("hub_app");
    }

    @Test
    void eventsWithoutTenantGoToThePlatformChain() {
        String marker = uniqueTenant("platform-obj");
        trail.record(new AuditEvent(
                Instant.now(),
                null,
                "system:bootstrap",
                "tenant.upsert",
                "tenant",
                marker,
                AuditEvent.Outcome.SUCCESS,
                null,
                "corr-" + marker,
                Map.of()));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> tx.inTenant(
                                AuditEvents.PLATFORM_TENANT,
                                jdbc -> jdbc.queryForObject(
                                        "select count(*) from audit_events where object_id = ?", Long.class, marker))
                        == 1);
        assertThat(verifier.verify(AuditEvents.PLATFORM_TENANT).ok()).isTrue();
    }

    @Test
    void rowLevelSecurityHidesOtherTenantsRows() {
        String mine = uniqueTenant("rls-a");
        String other = uniqueTenant("rls-b");
        trail.record(event(mine, "patient.read", Instant.now(), "p1"));
        trail.record(event(other, "patient.read", Instant.now(), "p2"));
        awaitRows(mine, 1);
        awaitRows(other, 1);

        long visible = tx.inTenant(
                mine,
                jdbc -> jdbc.queryForObject(
                        "select count(*) from audit_events where tenant_id in (?, ?)", Long.class, mine, other));
        assertThat(visible).isEqualTo(1);
    }

    @Test
    void theAppRoleCanNeitherChangeNorRemoveRows() {
        String tenant = uniqueTenant("append");
        trail.record(event(tenant, "appointment.cancel", Instant.now(), "x1"));
        awaitRows(tenant, 1);

        assertThatThrownBy(() -> tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update("update audit_events set actor = 'mallory' where tenant_id = ?", tenant)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> tx.inTenant(
                        tenant, jdbc -> jdbc.update("delete from audit_events where tenant_id = ?", tenant)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void theTriggerRejectsChangesEvenByTheOwner() {
        String tenant = uniqueTenant("owner");
        trail.record(event(tenant, "appointment.cancel", Instant.now(), "x1"));
        awaitRows(tenant, 1);

        assertThatThrownBy(() -> asOwner(
                        owner,
                        jdbc -> jdbc.update("update audit_events set actor = 'mallory' where tenant_id = ?", tenant)))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        asOwner(owner, jdbc -> jdbc.update("delete from audit_events where tenant_id = ?", tenant)))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner(owner, jdbc -> {
                    jdbc.execute("truncate audit_events");
                    return null;
                }))
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void verifyFindsAnEditedRow() {
        String tenant = uniqueTenant("edited");
        recordChain(tenant, 5);

        tamper(tenant, "update audit_events set actor = 'mallory' where tenant_id = ? and seq = 2");

        ChainVerification result = verifier.verify(tenant);
        assertThat(result.ok()).isFalse();
        assertThat(result.checked()).isEqualTo(1);
        assertThat(result.firstBroken().seq()).isEqualTo(2);
        assertThat(result.firstBroken().reason()).contains("row changed");
    }

    @Test
    void verifyFindsARowRemovedInTheMiddle() {
        String tenant = uniqueTenant("deleted");
        recordChain(tenant, 5);

        tamper(tenant, "delete from audit_events where tenant_id = ? and seq = 3");

        ChainVerification result = verifier.verify(tenant);
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBroken().seq()).isEqualTo(4);
        assertThat(result.firstBroken().reason()).contains("rows 3..3 missing");
    }

    @Test
    void verifyFindsRowsRemovedAtTheEnd() {
        String tenant = uniqueTenant("tail");
        recordChain(tenant, 4);

        tamper(tenant, "delete from audit_events where tenant_id = ? and seq >= 3");

        ChainVerification result = verifier.verify(tenant);
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBroken().id()).isNull();
        assertThat(result.firstBroken().reason()).contains("rows 3..4 missing at the end");
    }

    @Test
    void retentionPurgesOldRowsAndTheRestStillVerifies() {
        String tenant = uniqueTenant("retain");
        Instant old = Instant.parse("2020-01-01T00:00:00Z");
        trail.record(event(tenant, "appointment.book", old, "o1"));
        trail.record(event(tenant, "appointment.book", old.plusSeconds(60), "o2"));
        awaitRows(tenant, 2);
        trail.record(event(tenant, "appointment.book", Instant.now(), "n1"));
        awaitRows(tenant, 3);

        Long purged = asOwner(
                owner,
                jdbc -> jdbc.queryForObject(
                        "select audit_purge_before(?, ?::timestamptz)", Long.class, tenant, "2021-01-01T00:00:00Z"));

        assertThat(purged).isEqualTo(2);
        assertThat(verifier.verify(tenant)).isEqualTo(ChainVerification.intact(tenant, 1, 3));
    }

    private void recordChain(String tenant, int n) {
        Instant t0 = Instant.now();
        for (int i = 1; i <= n; i++) {
            trail.record(event(tenant, "appointment.book", t0.plusMillis(i), "r" + i));
        }
        awaitRows(tenant, n);
        assertThat(verifier.verify(tenant).ok()).isTrue();
    }

    /** Bypasses the append-only trigger the way only a superuser could: replica mode, this transaction. */
    private void tamper(String tenant, String sql) {
        asOwner(owner, jdbc -> {
            jdbc.execute("set local session_replication_role = replica");
            return jdbc.update(sql, tenant);
        });
    }

    private void awaitRows(String tenant, long n) {
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        store.head(tenant).map(AuditStore.ChainHead::lastSeq).orElse(0L) >= n);
    }
}
