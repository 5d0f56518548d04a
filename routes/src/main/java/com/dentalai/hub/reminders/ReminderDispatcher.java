package com.dentalai.hub.reminders;

import com.dentalai.hub.domain.reminders.ReminderKind;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One tick of the reminder scheduler, on every hub instance: only the instance holding the lease
 * (table {@code scheduler_leases}) goes on, and it claims the due rows with a conditional UPDATE
 * (FOR UPDATE SKIP LOCKED) before sending anything, so even two leaders for a moment (a lease that
 * expired mid-tick) never send one row twice. Each row is settled by its claimant only.
 */
@Component
class ReminderDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderDispatcher.class);

    private final ReminderStore store;
    private final ReminderDelivery delivery;
    private final TenantDirectory tenants;
    private final RemindersProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String instance = "hub-" + UUID.randomUUID();

    ReminderDispatcher(
            ReminderStore store,
            ReminderDelivery delivery,
            TenantDirectory tenants,
            RemindersProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.delivery = delivery;
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** The timer's step: sends what is due when this instance leads; returns how many rows it settled. */
    public int tick() {
        List<String> all = tenantIds();
        if (!store.lead(all, instance, properties.lease())) {
            return 0;
        }
        return dispatch(instance);
    }

    /** Claims and sends due rows as {@code claimant}, without asking for the lease (tests: two claimants). */
    int dispatch(String claimant) {
        Instant now = clock.instant();
        List<ReminderRow> claimed =
                store.claim(tenantIds(), claimant, now, now.minus(properties.claimTimeout()), properties.batch());
        for (ReminderRow row : claimed) {
            send(row, claimant);
        }
        return claimed.size();
    }

    String instance() {
        return instance;
    }

    @PreDestroy
    void resign() {
        try {
            store.release(tenantIds(), instance);
        } catch (RuntimeException e) {
            // the lease simply expires
            LOG.debug("reminder lease not released: {}", e.getClass().getSimpleName());
        }
    }

    private void send(ReminderRow row, String claimant) {
        ReminderDelivery.Delivered done;
        try {
            done = delivery.deliver(row);
        } catch (RuntimeException e) {
            failed(row, claimant, e);
            return;
        }
        if (store.settle(
                row, claimant, done.state(), done.channel(), done.conversationKey(), done.outcome(), clock.instant())) {
            meters.counter(
                            "hub.reminders.sent",
                            "tenant",
                            row.tenantId(),
                            "kind",
                            row.kind().name(),
                            "channel",
                            done.channel() == null ? "none" : done.channel(),
                            "state",
                            done.state())
                    .increment();
        }
    }

    /** Odoo or a channel failed for now: later again, and after the last attempt a front-desk call. */
    private void failed(ReminderRow row, String claimant, RuntimeException e) {
        String why = e.getClass().getSimpleName();
        LOG.warn("reminder {} of tenant {} failed (attempt {}): {}", row.id(), row.tenantId(), row.attempts(), why);
        if (row.attempts() < properties.maxAttempts()) {
            store.retry(
                    row, claimant, clock.instant().plus(properties.retryDelay().multipliedBy(row.attempts())), why);
            return;
        }
        if (row.kind() == ReminderKind.SURVEY) {
            store.settle(row, claimant, ReminderRow.FAILED, null, null, why, clock.instant());
            return;
        }
        try {
            ReminderDelivery.Delivered done = delivery.activity(row, "gave up after " + row.attempts() + " attempts");
            store.settle(row, claimant, done.state(), done.channel(), null, done.outcome(), clock.instant());
        } catch (RuntimeException again) {
            store.settle(row, claimant, ReminderRow.FAILED, null, null, why, clock.instant());
        }
    }

    private List<String> tenantIds() {
        return tenants.all().stream().map(Tenant::id).toList();
    }
}
