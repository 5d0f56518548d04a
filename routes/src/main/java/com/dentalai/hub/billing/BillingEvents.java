package com.dentalai.hub.billing;

import com.dentalai.hub.connectors.stripe.StripeEvent;
import com.dentalai.hub.domain.billing.SubscriptionChange;
import com.dentalai.hub.domain.billing.SubscriptionState;
import com.dentalai.hub.domain.billing.SubscriptionStatus;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantKind;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * What each Stripe event type does to a tenant's subscription (docs/billing.md lists them). Order
 * and repetition are the domain's business ({@link SubscriptionState#apply}); this class only
 * finds the tenant and turns an event into a {@link SubscriptionChange}.
 */
@Component
class BillingEvents {

    static final String CHECKOUT_COMPLETED = "checkout.session.completed";
    static final String PAYMENT_SUCCEEDED = "invoice.payment_succeeded";
    static final String PAYMENT_FAILED = "invoice.payment_failed";
    static final Set<String> SUBSCRIPTION_TYPES = Set.of(
            "customer.subscription.created",
            "customer.subscription.updated",
            "customer.subscription.deleted",
            "customer.subscription.paused",
            "customer.subscription.resumed");

    private static final Logger LOG = LoggerFactory.getLogger(BillingEvents.class);
    private static final Set<SubscriptionStatus> IN_GOOD_STANDING =
            EnumSet.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING);
    private static final Set<SubscriptionStatus> OVERDUE =
            EnumSet.of(SubscriptionStatus.PAST_DUE, SubscriptionStatus.UNPAID);

    private final SubscriptionStore store;
    private final TenantDirectory tenants;
    private final TenantStanding standing;
    private final PatientPayments patientPayments;

    BillingEvents(
            SubscriptionStore store,
            TenantDirectory tenants,
            TenantStanding standing,
            PatientPayments patientPayments) {
        this.store = store;
        this.tenants = tenants;
        this.standing = standing;
        this.patientPayments = patientPayments;
    }

    BillingOutcome apply(StripeEvent event) {
        BillingOutcome outcome;
        if (CHECKOUT_COMPLETED.equals(event.type())) {
            outcome = checkoutCompleted(event);
        } else if (SUBSCRIPTION_TYPES.contains(event.type())) {
            outcome = subscriptionChanged(event);
        } else if (PAYMENT_FAILED.equals(event.type()) || PAYMENT_SUCCEEDED.equals(event.type())) {
            outcome = invoice(event);
        } else {
            outcome = BillingOutcome.of(null, "unhandled-type", "the hub does not act on " + event.type());
        }
        if ("applied".equals(outcome.outcome())) {
            standing.forget();
        }
        LOG.info("Stripe event {} ({}): {} {}", event.id(), event.type(), outcome.outcome(), outcome.detail());
        return outcome;
    }

    /** A subscription sign-up started by {@code POST /api/v1/billing/checkout}: bind the customer. */
    private BillingOutcome checkoutCompleted(StripeEvent event) {
        StripeEvent.CheckoutCompleted session = event.checkoutCompleted();
        if ("payment".equals(session.mode())
                && BillingTools.PURPOSE.equals(
                        session.metadata().path("hub_purpose").asText(""))) {
            return patientPayments.settle(event);
        }
        if (!"subscription".equals(session.mode())) {
            return BillingOutcome.of(
                    null,
                    "ignored",
                    "checkout in " + session.mode() + " mode is neither a subscription nor a patient's invoice");
        }
        Optional<Tenant> tenant = billable(session.clientReferenceId());
        if (tenant.isEmpty()) {
            return BillingOutcome.of(null, "unknown-tenant", "client_reference_id names no billable tenant");
        }
        if (session.customerId() == null) {
            return BillingOutcome.of(tenant.get().id(), "ignored", "session without customer");
        }
        try {
            store.bind(tenant.get().id(), session.customerId(), session.subscriptionId());
        } catch (DuplicateKeyException e) {
            return BillingOutcome.of(tenant.get().id(), "conflict", "customer already belongs to another tenant");
        }
        return BillingOutcome.of(tenant.get().id(), "applied", "customer bound to tenant");
    }

    private BillingOutcome subscriptionChanged(StripeEvent event) {
        SubscriptionChange change = event.subscriptionChange();
        Optional<String> tenant = store.tenantOf(change.customerId());
        if (tenant.isEmpty()) {
            // Stripe may send customer.subscription.created before checkout.session.completed; the
            // checkout we create stamps the tenant into the subscription's metadata for that case
            tenant = bindFromMetadata(event, change.customerId());
        }
        if (tenant.isEmpty()) {
            return BillingOutcome.of(null, "unknown-customer", "no tenant owns this customer");
        }
        SubscriptionState.Applied applied = store.update(tenant.get(), state -> state.apply(change));
        return result(tenant.get(), applied);
    }

    /**
     * A failed payment makes an active subscription past due even before Stripe's own
     * customer.subscription.updated arrives (grace starts now); a paid invoice brings a past-due
     * one back. Anything else is only recorded: the subscription events carry the truth.
     */
    private BillingOutcome invoice(StripeEvent event) {
        StripeEvent.InvoiceOutcome invoice = event.invoiceOutcome();
        Optional<String> tenant = store.tenantOf(invoice.customerId());
        if (tenant.isEmpty()) {
            return BillingOutcome.of(null, "unknown-customer", "no tenant owns this customer");
        }
        boolean failed = PAYMENT_FAILED.equals(event.type());
        SubscriptionState.Applied applied = store.update(tenant.get(), state -> {
            Set<SubscriptionStatus> from = failed ? IN_GOOD_STANDING : OVERDUE;
            boolean moves =
                    failed ? state.status() == null || from.contains(state.status()) : from.contains(state.status());
            if (!moves) {
                return new SubscriptionState.Applied(state, false, "recorded; subscription is " + state.status());
            }
            return state.apply(new SubscriptionChange(
                    event.id(),
                    event.created(),
                    invoice.customerId(),
                    invoice.subscriptionId() != null ? invoice.subscriptionId() : state.subscriptionId(),
                    null,
                    failed ? SubscriptionStatus.PAST_DUE : SubscriptionStatus.ACTIVE,
                    null));
        });
        return applied.changed()
                ? BillingOutcome.of(
                        tenant.get(), "applied", failed ? "payment failed: past due" : "payment succeeded: active")
                : BillingOutcome.of(tenant.get(), "recorded", applied.reason());
    }

    private Optional<String> bindFromMetadata(StripeEvent event, String customerId) {
        String named = event.object().path("metadata").path("tenant").asText("");
        Optional<Tenant> tenant = billable(named);
        if (tenant.isEmpty() || customerId == null) {
            return Optional.empty();
        }
        try {
            store.bind(tenant.get().id(), customerId, null);
            return tenant.map(Tenant::id);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    /** Clinics and HQs hold subscriptions; branches are billed through their HQ. */
    private Optional<Tenant> billable(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            return Optional.empty();
        }
        return tenants.find(tenantId).filter(t -> t.kind() != TenantKind.BRANCH);
    }

    private static BillingOutcome result(String tenant, SubscriptionState.Applied applied) {
        return applied.changed()
                ? BillingOutcome.of(
                        tenant, "applied", "subscription " + applied.state().status())
                : BillingOutcome.of(tenant, "ignored", applied.reason());
    }
}
