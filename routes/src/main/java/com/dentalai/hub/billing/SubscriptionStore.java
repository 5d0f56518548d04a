package com.dentalai.hub.billing;

import com.dentalai.hub.domain.billing.SubscriptionState;
import com.dentalai.hub.domain.billing.SubscriptionStatus;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code subscriptions} table (V51): one row per billed tenant, always read and written under
 * that tenant's row-level security. The only tenant-less question, "whose customer is this?",
 * goes through the SECURITY DEFINER function {@code hub_billing_tenant_of}. Every call is its own
 * transaction (see {@link IsolatedTenantTransactions}).
 */
@Component
class SubscriptionStore {

    private static final String COLUMNS = "customer_id, subscription_id, plan, status, current_period_end, "
            + "last_event_id, last_event_created, past_due_since";

    private final IsolatedTenantTransactions tx;

    SubscriptionStore(DataSource dataSource, PlatformTransactionManager transactions) {
        this.tx = new IsolatedTenantTransactions(dataSource, transactions);
    }

    /** The tenant that owns {@code customerId}, if any. */
    Optional<String> tenantOf(String customerId) {
        if (customerId == null) {
            return Optional.empty();
        }
        // any scope will do: the function bypasses RLS for exactly this one look-up
        String tenant = tx.inTenants(
                List.of(), jdbc -> jdbc.queryForObject("select hub_billing_tenant_of(?)", String.class, customerId));
        return Optional.ofNullable(tenant);
    }

    Optional<SubscriptionState> load(String tenant) {
        return tx.inTenant(tenant, jdbc -> select(jdbc, tenant, false));
    }

    /**
     * Binds {@code customerId} to {@code tenant}. The subscription id is only filled in when none
     * is known: a tenant moving to a new subscription is decided by {@link SubscriptionState#apply}
     * when that subscription's events arrive, not by the checkout. Throws
     * {@link org.springframework.dao.DuplicateKeyException} when the customer belongs to another tenant.
     */
    void bind(String tenant, String customerId, String subscriptionId) {
        tx.inTenant(
                tenant,
                jdbc -> jdbc.update(
                        "insert into subscriptions (tenant_id, customer_id, subscription_id) values (?, ?, ?) "
                                + "on conflict (tenant_id) do update set customer_id = excluded.customer_id, "
                                + "subscription_id = coalesce(subscriptions.subscription_id, excluded.subscription_id), "
                                + "updated_at = now()",
                        tenant,
                        customerId,
                        subscriptionId));
    }

    /**
     * Applies {@code step} to the tenant's row under a row lock (concurrent deliveries for one
     * tenant serialise here) and writes the new state when it changed.
     */
    SubscriptionState.Applied update(String tenant, Function<SubscriptionState, SubscriptionState.Applied> step) {
        return tx.inTenant(tenant, jdbc -> {
            SubscriptionState current = select(jdbc, tenant, true)
                    .orElseThrow(() -> new IllegalStateException("no subscription row for tenant " + tenant));
            SubscriptionState.Applied applied = step.apply(current);
            if (applied.changed()) {
                write(jdbc, tenant, applied.state());
            }
            return applied;
        });
    }

    /** Removes the tenant's row (tests and tenant off-boarding). */
    void delete(String tenant) {
        tx.inTenant(tenant, jdbc -> jdbc.update("delete from subscriptions where tenant_id = ?", tenant));
    }

    private static Optional<SubscriptionState> select(JdbcTemplate jdbc, String tenant, boolean forUpdate) {
        List<SubscriptionState> rows = jdbc.query(
                "select " + COLUMNS + " from subscriptions where tenant_id = ?" + (forUpdate ? " for update" : ""),
                (rs, i) -> row(rs),
                tenant);
        return rows.stream().findFirst();
    }

    private static void write(JdbcTemplate jdbc, String tenant, SubscriptionState s) {
        jdbc.update(
                "update subscriptions set customer_id = ?, subscription_id = ?, plan = ?, status = ?, "
                        + "current_period_end = ?, last_event_id = ?, last_event_created = ?, past_due_since = ?, "
                        + "updated_at = now() where tenant_id = ?",
                s.customerId(),
                s.subscriptionId(),
                s.plan(),
                s.status() == null ? null : s.status().name().toLowerCase(Locale.ROOT),
                timestamp(s.currentPeriodEnd()),
                s.lastEventId(),
                timestamp(s.lastEventCreated()),
                timestamp(s.pastDueSince()),
                tenant);
    }

    private static SubscriptionState row(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new SubscriptionState(
                rs.getString("customer_id"),
                rs.getString("subscription_id"),
                rs.getString("plan"),
                status == null ? null : SubscriptionStatus.fromStripe(status),
                instant(rs.getTimestamp("current_period_end")),
                rs.getString("last_event_id"),
                instant(rs.getTimestamp("last_event_created")),
                instant(rs.getTimestamp("past_due_since")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * {@link TenantTransactions} with its own transaction: the gate asks for a tenant's standing
     * while a route may already be inside another tenant scope, and joining that transaction would
     * overwrite its {@code hub.tenant_ids} (a branch's scope would become its HQ's).
     */
    private static final class IsolatedTenantTransactions {

        private final JdbcTemplate jdbc;
        private final TransactionTemplate tx;

        IsolatedTenantTransactions(DataSource dataSource, PlatformTransactionManager transactions) {
            this.jdbc = new JdbcTemplate(dataSource);
            this.tx = new TransactionTemplate(transactions);
            this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        <T> T inTenants(Collection<String> tenantIds, Function<JdbcTemplate, T> work) {
            String scope = String.join(",", tenantIds);
            return tx.execute(status -> {
                jdbc.queryForObject(
                        "select set_config(?, ?, true)", String.class, TenantTransactions.TENANT_SETTING, scope);
                return work.apply(jdbc);
            });
        }

        <T> T inTenant(String tenantId, Function<JdbcTemplate, T> work) {
            return inTenants(List.of(tenantId), work);
        }
    }
}
