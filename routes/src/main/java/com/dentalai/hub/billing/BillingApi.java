package com.dentalai.hub.billing;

import com.dentalai.hub.domain.billing.SubscriptionState;
import com.dentalai.hub.platform.context.HubContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Locale;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/** The answer of {@code GET /api/v1/billing/subscription}. */
@Component
class BillingApi {

    private final TenantStanding standing;

    BillingApi(TenantStanding standing) {
        this.standing = standing;
    }

    SubscriptionView subscription(@ExchangeProperty(HubContext.PROPERTY) HubContext context) {
        TenantStanding.View view = standing.view(context.tenantId());
        SubscriptionState s = view.state();
        return new SubscriptionView(
                view.billedTenant(),
                s.status() == null ? null : s.status().name().toLowerCase(Locale.ROOT),
                s.plan(),
                s.currentPeriodEnd(),
                view.standing().name().toLowerCase(Locale.ROOT),
                view.graceUntil().orElse(null));
    }

    /** {@code status}: Stripe's status or null before any event; {@code standing}: active | grace | suspended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubscriptionView(
            @JsonInclude(JsonInclude.Include.ALWAYS) String tenant,
            @JsonInclude(JsonInclude.Include.ALWAYS) String status,
            @JsonInclude(JsonInclude.Include.ALWAYS) String plan,
            @JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("current_period_end") Instant currentPeriodEnd,
            String standing,
            @JsonProperty("grace_until") Instant graceUntil) {}
}
