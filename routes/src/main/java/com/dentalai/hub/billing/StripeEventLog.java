package com.dentalai.hub.billing;

import com.dentalai.hub.connectors.stripe.StripeEvent;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.dentalai.hub.platform.gate.PlatformScope;
import java.sql.Timestamp;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** The {@code stripe_events} table (V50): every verified event id, its type and what came of it. */
@Component
class StripeEventLog {

    private final TenantTransactions tx;

    StripeEventLog(TenantTransactions tx) {
        this.tx = tx;
    }

    /** Records the receipt; a redelivery after a failed attempt finds the row already there. */
    void received(@Body StripeEvent event) {
        tx.inTenant(
                PlatformScope.TENANT_ID,
                jdbc -> jdbc.update(
                        "insert into stripe_events (tenant_id, event_id, type, created) values (?, ?, ?, ?) "
                                + "on conflict do nothing",
                        PlatformScope.TENANT_ID,
                        event.id(),
                        event.type(),
                        Timestamp.from(event.created())));
    }

    void finished(@Header(StripeWebhookRoute.EVENT_ID) String eventId, @Body BillingOutcome outcome) {
        tx.inTenant(
                PlatformScope.TENANT_ID,
                jdbc -> jdbc.update(
                        "update stripe_events set tenant = ?, outcome = ?, detail = ? where tenant_id = ? and event_id = ?",
                        outcome.tenant(),
                        outcome.outcome(),
                        outcome.detail(),
                        PlatformScope.TENANT_ID,
                        eventId));
    }

    /** The recorded outcome of one event (operators, tests). */
    Optional<BillingOutcome> outcomeOf(String eventId) {
        return tx.inTenant(PlatformScope.TENANT_ID, jdbc -> jdbc
                .query(
                        "select tenant, outcome, detail from stripe_events where tenant_id = ? and event_id = ?",
                        (rs, i) -> BillingOutcome.of(
                                rs.getString("tenant"), rs.getString("outcome"), rs.getString("detail")),
                        PlatformScope.TENANT_ID,
                        eventId)
                .stream()
                .findFirst());
    }
}
