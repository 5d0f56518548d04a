package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.platform.db.OwnerDataSource;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Test helpers: unique tenants per test (one shared context), events, and owner-level SQL. */
final class AuditFixtures {

    private AuditFixtures() {}

    static String uniqueTenant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static AuditEvent event(String tenant, String verb, Instant ts, String objectId) {
        return new AuditEvent(
                ts,
                tenant,
                "user:alice",
                verb,
                "appointment",
                objectId,
                AuditEvent.Outcome.SUCCESS,
                "127.0.0.1",
                "corr-" + objectId,
                Map.of("route", "appointment-book"));
    }

    /** SQL as the schema owner, in one transaction (for tampering and retention in tests). */
    static <T> T asOwner(OwnerDataSource owner, Function<JdbcTemplate, T> work) {
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        return new TransactionTemplate(new DataSourceTransactionManager(owner)).execute(s -> work.apply(jdbc));
    }
}
