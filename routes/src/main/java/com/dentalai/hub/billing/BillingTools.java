package com.dentalai.hub.billing;

import com.dentalai.hub.channels.ChannelSecrets;
import com.dentalai.hub.connectors.odoo.mapping.OdooInvoicePayments;
import com.dentalai.hub.connectors.stripe.StripePaymentPages;
import com.dentalai.hub.domain.billing.OpenInvoice;
import com.dentalai.hub.domain.billing.PaymentLink;
import com.dentalai.hub.domain.billing.SubscriptionFacts;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.TenantRecords;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What each of Yosef's billing tool routes does, for the tenant of the exchange's context: the
 * clinic's Odoo accounting, Stripe Checkout on the clinic's connected account, and the hub's own
 * Stripe account for the clinic's subscription. Only {@code system:yosef} passes the gate of these
 * routes (BILLING_TOOL, PermissionPolicy.RESERVED).
 */
@Component
class BillingTools {

    /** Metadata value that marks a Checkout Session as a patient paying an Odoo invoice. */
    static final String PURPOSE = "patient_invoice";

    private static final Logger LOG = LoggerFactory.getLogger(BillingTools.class);

    private final TenantDirectory tenants;
    private final TenantRecords records;
    private final StripeSecrets stripeSecrets;
    private final ChannelSecrets envSecrets;
    private final BillingProperties billing;
    private final PatientPaymentsProperties payments;
    private final PatientPaymentStore store;
    private final TenantStanding standing;

    BillingTools(
            TenantDirectory tenants,
            TenantRecords records,
            StripeSecrets stripeSecrets,
            ChannelSecrets envSecrets,
            BillingProperties billing,
            PatientPaymentsProperties payments,
            PatientPaymentStore store,
            TenantStanding standing) {
        this.tenants = tenants;
        this.records = records;
        this.stripeSecrets = stripeSecrets;
        this.envSecrets = envSecrets;
        this.billing = billing;
        this.payments = payments;
        this.store = store;
        this.standing = standing;
    }

    Optional<PatientRef> findPatient(
            BillingToolCalls.FindPatient call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        return records.forTenant(ctx.tenantId()).findPatientByPhone(call.e164());
    }

    List<OpenInvoice> openInvoices(
            BillingToolCalls.OpenInvoices call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        return invoices(ctx.tenantId()).openInvoices(call.patient());
    }

    /**
     * Re-checks that the invoice is one of the patient's open invoices (the choice id came from the
     * chat), then creates a Checkout Session for its residual on the clinic's connected account.
     */
    BillingToolCalls.LinkOutcome paymentLink(
            BillingToolCalls.CreatePaymentLink call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        Tenant tenant = tenants.require(ctx.tenantId());
        Optional<OpenInvoice> invoice = invoices(tenant.id()).openInvoices(call.patient()).stream()
                .filter(i -> i.ref().equals(call.invoiceRef()))
                .findFirst();
        if (invoice.isEmpty()) {
            return new BillingToolCalls.LinkOutcome.NotPayable("not one of the patient's open invoices");
        }
        Optional<String> account = envSecrets.value(tenant.billing().stripeConnectedAccountEnv());
        Optional<String> key = stripeSecrets.secretKey();
        if (account.isEmpty() || key.isEmpty()) {
            LOG.warn(
                    "Tenant {} cannot take online payments: Stripe key or connected account not configured",
                    tenant.id());
            return new BillingToolCalls.LinkOutcome.Unavailable("not configured");
        }
        OpenInvoice i = invoice.get();
        String conversation = opaque(tenant.id() + "|" + call.channel() + "|" + call.conversationKey());
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("hub_purpose", PURPOSE);
        metadata.put("tenant", tenant.id());
        metadata.put("invoice", i.ref());
        metadata.put("patient", call.patient().id());
        metadata.put("conversation", conversation);
        StripePaymentPages.PaymentPage page;
        try {
            page = pages(key.get())
                    .create(new StripePaymentPages.PaymentRequest(
                            account.get(),
                            i.residualMinor(),
                            i.currency(),
                            tenant.name() + " — " + i.label(),
                            tenant.id(),
                            metadata,
                            payments.successUrl(),
                            payments.cancelUrl(),
                            // one session per invoice, residual and conversation: a retried call returns it
                            "pay-"
                                    + opaque(conversation + "|" + i.ref() + "|" + i.residualMinor() + "|"
                                            + ctx.correlationId())));
        } catch (StripePaymentPages.StripeUnavailableException | StripePaymentPages.StripeRefusedException e) {
            LOG.warn("No payment link for tenant {}: {}", tenant.id(), e.getMessage());
            return new BillingToolCalls.LinkOutcome.Unavailable(e.getMessage());
        }
        if (page.url() == null) {
            return new BillingToolCalls.LinkOutcome.Unavailable("Stripe returned no URL");
        }
        store.linkSent(new PatientPaymentStore.Session(
                tenant.id(),
                page.sessionId(),
                i.ref(),
                i.label(),
                call.patient().id(),
                call.channel(),
                call.conversationKey(),
                call.language(),
                i.residualMinor(),
                i.currency(),
                account.get(),
                "link_sent"));
        return new BillingToolCalls.LinkOutcome.Created(new PaymentLink(page.url(), page.sessionId()));
    }

    /** The clinic's subscription to the hub, and its newest Stripe invoice (platform account). */
    SubscriptionFacts subscriptionFacts(
            BillingToolCalls.SubscriptionFactsOf call, @ExchangeProperty(HubContext.PROPERTY) HubContext ctx) {
        TenantStanding.View view = standing.view(ctx.tenantId());
        Tenant billed = tenants.require(view.billedTenant());
        SubscriptionFacts.StripeInvoice last = null;
        String customer = view.state().customerId();
        Optional<String> key = stripeSecrets.secretKey();
        if (customer != null && key.isPresent()) {
            last = pages(key.get())
                    .latestInvoice(customer)
                    .map(i -> new SubscriptionFacts.StripeInvoice(
                            i.number(),
                            i.total(),
                            i.currency(),
                            i.status(),
                            i.hostedUrl(),
                            i.created() > 0 ? Instant.ofEpochSecond(i.created()) : null))
                    .orElse(null);
        }
        ZoneId zone = billed.timezone();
        return new SubscriptionFacts(
                view.state().status(),
                view.state().plan(),
                view.state().currentPeriodEnd(),
                view.standing().name().toLowerCase(Locale.ROOT),
                view.graceUntil().map(g -> g.atZone(zone).toLocalDate()).orElse(null),
                last);
    }

    private OdooInvoicePayments invoices(String tenantId) {
        return records.invoicePayments(tenantId, payments.currency());
    }

    private StripePaymentPages pages(String key) {
        return new StripePaymentPages(billing.stripeApiBase(), key, billing.connectTimeout(), billing.readTimeout());
    }

    /** A stable, PHI-free reference (the conversation key is a phone number on WhatsApp). */
    static String opaque(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "c_" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
