package com.dentalai.hub.billing;

import com.dentalai.hub.domain.billing.SubscriptionState;
import com.dentalai.hub.domain.billing.SubscriptionState.Standing;
import com.dentalai.hub.domain.billing.SubscriptionStatus;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantKind;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Where a tenant stands with its subscription: ACTIVE, GRACE (payment failed, still served) or
 * SUSPENDED (staff read-only, bots answer politely with the clinic phone). The gate asks on every
 * exchange, so answers are cached for {@code hub.billing.standing-cache-ttl}; every applied billing
 * event clears the cache, so a reactivation is seen at once on this instance.
 *
 * <p>A branch is billed through its HQ: its standing is the HQ's. A tenant without a subscription
 * row (new, demo) stands ACTIVE.
 */
@Component
public class TenantStanding {

    private final SubscriptionStore store;
    private final TenantDirectory tenants;
    private final BillingProperties props;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    TenantStanding(SubscriptionStore store, TenantDirectory tenants, BillingProperties props) {
        this.store = store;
        this.tenants = tenants;
        this.props = props;
    }

    /** For Dana's {@code TurnContext.tenantSuspended}: whether the tenant's service is suspended. */
    public boolean isSuspended(String tenantId) {
        return standing(tenantId) == Standing.SUSPENDED;
    }

    public Standing standing(String tenantId) {
        if (tenantId == null || tenants.find(tenantId).isEmpty()) {
            return Standing.ACTIVE; // platform-wide work, or a tenant the hub does not bill
        }
        Instant now = clock.instant();
        Cached hit = cache.get(tenantId);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.standing();
        }
        Standing fresh = view(tenantId, now).standing();
        cache.put(tenantId, new Cached(fresh, now.plus(props.standingCacheTtl())));
        return fresh;
    }

    /** The subscription as the billing API shows it, read fresh (no cache). */
    View view(String tenantId) {
        return view(tenantId, clock.instant());
    }

    /** The tenant whose subscription pays for {@code tenantId}: itself, or the HQ of a branch. */
    String billedTenant(String tenantId) {
        Tenant tenant = tenants.require(tenantId);
        return tenant.kind() == TenantKind.BRANCH && tenant.parent() != null ? tenant.parent() : tenant.id();
    }

    /** Forgets every cached standing: called whenever a billing event changed a subscription. */
    void forget() {
        cache.clear();
    }

    private View view(String tenantId, Instant now) {
        String billed = billedTenant(tenantId);
        Duration grace = Duration.ofDays(tenants.require(billed).billing().graceDays());
        SubscriptionState state = store.load(billed).orElse(SubscriptionState.none());
        Standing standing = state.standing(now, grace);
        boolean pastDue = state.status() == SubscriptionStatus.PAST_DUE || state.status() == SubscriptionStatus.UNPAID;
        Instant graceUntil =
                pastDue && state.pastDueSince() != null ? state.pastDueSince().plus(grace) : null;
        return new View(tenantId, billed, state, standing, Optional.ofNullable(graceUntil));
    }

    /** A tenant's subscription and standing at one instant. */
    record View(
            String tenant,
            String billedTenant,
            SubscriptionState state,
            Standing standing,
            Optional<Instant> graceUntil) {}

    private record Cached(Standing standing, Instant until) {}
}
