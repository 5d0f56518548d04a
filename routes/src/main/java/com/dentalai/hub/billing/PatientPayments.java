package com.dentalai.hub.billing;

import com.dentalai.hub.channels.ChannelSecrets;
import com.dentalai.hub.channels.ReplySender;
import com.dentalai.hub.connectors.odoo.mapping.OdooInvoicePayments;
import com.dentalai.hub.connectors.stripe.StripeEvent;
import com.dentalai.hub.domain.billing.Yosef;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.clinic.RecordRef;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.odoo.StaffActivities;
import com.dentalai.hub.odoo.TenantRecords;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A patient paid an invoice on the page Yosef sent ({@code checkout.session.completed}, {@code
 * mode=payment}, on the clinic's connected account): register the payment in the clinic's Odoo
 * against the invoice — once, however often and however concurrently Stripe delivers the completion
 * — and send the patient a receipt on their channel.
 *
 * <p>Once: the event id is de-duplicated by the webhook route; the session id by a claim on its
 * {@code patient_payments} row (one winner); and a crash between Odoo's payment and the row's update
 * is caught by the payment's memo ({@code hub:<session id>}), which is looked up before paying.
 */
@Component
class PatientPayments {

    private static final Logger LOG = LoggerFactory.getLogger(PatientPayments.class);

    private final PatientPaymentStore store;
    private final TenantDirectory tenants;
    private final TenantRecords records;
    private final StaffActivities staff;
    private final ChannelSecrets envSecrets;
    private final PatientPaymentsProperties props;
    private final ReplySender replies;

    PatientPayments(
            PatientPaymentStore store,
            TenantDirectory tenants,
            TenantRecords records,
            StaffActivities staff,
            ChannelSecrets envSecrets,
            PatientPaymentsProperties props,
            ReplySender replies) {
        this.store = store;
        this.tenants = tenants;
        this.records = records;
        this.staff = staff;
        this.envSecrets = envSecrets;
        this.props = props;
        this.replies = replies;
    }

    BillingOutcome settle(StripeEvent event) {
        StripeEvent.CheckoutCompleted session = event.checkoutCompleted();
        String tenantId = session.metadata().path("tenant").asText("");
        Optional<Tenant> tenant = tenantId.isEmpty() ? Optional.empty() : tenants.find(tenantId);
        if (tenant.isEmpty()) {
            return BillingOutcome.of(null, "unknown-tenant", "patient payment names no known tenant");
        }
        Optional<String> account = envSecrets.value(tenant.get().billing().stripeConnectedAccountEnv());
        if (account.isEmpty() || !account.get().equals(session.connectedAccount())) {
            // a Connect event carries the account it happened on: it must be the clinic's own
            return BillingOutcome.of(tenantId, "conflict", "event account is not the tenant's connected account");
        }
        if (!"paid".equals(session.paymentStatus())) {
            // delayed methods complete unpaid; checkout.session.async_payment_succeeded would follow
            return BillingOutcome.of(
                    tenantId, "recorded", "session completed with payment_status " + session.paymentStatus());
        }
        Optional<PatientPaymentStore.Session> row = store.find(tenantId, session.sessionId());
        if (row.isEmpty()) {
            return BillingOutcome.of(tenantId, "unknown-session", "no payment link of the hub has this session");
        }
        if (!store.claim(tenantId, session.sessionId(), event.id())) {
            return BillingOutcome.of(
                    tenantId,
                    "ignored",
                    "session already "
                            + store.find(tenantId, session.sessionId())
                                    .map(PatientPaymentStore.Session::status)
                                    .orElse("settled"));
        }
        try {
            return register(tenant.get(), row.get(), session);
        } catch (RuntimeException e) {
            // give the claim back: Stripe's retry of this event settles the session
            store.settle(tenantId, session.sessionId(), "link_sent", null);
            throw e;
        }
    }

    private BillingOutcome register(
            Tenant tenant, PatientPaymentStore.Session row, StripeEvent.CheckoutCompleted session) {
        OdooInvoicePayments odoo = records.invoicePayments(tenant.id(), props.currency());
        String memo = "hub:" + session.sessionId();
        long paidMinor = session.amountTotal() > 0 ? session.amountTotal() : row.amountMinor();
        BigDecimal amount = BigDecimal.valueOf(paidMinor).movePointLeft(2);
        String currency = session.currency() == null ? row.currency() : session.currency();
        Optional<Long> earlier = odoo.paymentWithMemo(memo);
        if (earlier.isPresent()) {
            store.settle(tenant.id(), row.sessionId(), "paid", earlier.get());
            receipt(tenant, row, amount, currency);
            return BillingOutcome.of(tenant.id(), "applied", "payment was already registered in Odoo");
        }
        Optional<OdooInvoicePayments.InvoiceStatus> invoice = odoo.invoice(row.invoiceRef());
        if (invoice.isEmpty() || !odoo.belongsTo(row.invoiceRef(), new PatientRef(row.patientRef()))) {
            store.settle(tenant.id(), row.sessionId(), "unknown_invoice", null);
            staff(
                    tenant,
                    row,
                    "Online payment of " + Yosef.money(amount, currency) + " (Stripe session "
                            + row.sessionId() + ") names invoice " + row.invoiceNumber()
                            + ", which Odoo no longer has for this patient. Nothing was registered: please book it by hand.");
            return BillingOutcome.of(tenant.id(), "recorded", "unknown invoice; staff notified");
        }
        if (!invoice.get().open()) {
            store.settle(tenant.id(), row.sessionId(), "already_paid", null);
            staff(
                    tenant,
                    row,
                    "Online payment of " + Yosef.money(amount, currency) + " (Stripe session "
                            + row.sessionId() + ") arrived for invoice " + row.invoiceNumber()
                            + ", which is no longer open (" + invoice.get().paymentState()
                            + "). Nothing was registered twice: please refund or credit the patient.");
            return BillingOutcome.of(tenant.id(), "recorded", "invoice already paid; staff notified");
        }
        long payment = odoo.registerPayment(row.invoiceRef(), amount, LocalDate.now(tenant.timezone()), memo);
        store.settle(tenant.id(), row.sessionId(), "paid", payment);
        receipt(tenant, row, amount, currency);
        return BillingOutcome.of(tenant.id(), "applied", "payment registered in Odoo");
    }

    private void receipt(Tenant tenant, PatientPaymentStore.Session row, BigDecimal amount, String currency) {
        try {
            replies.send(
                    tenant,
                    Channel.valueOf(row.channel()),
                    row.conversationKey(),
                    new OutboundMessage.Text(Yosef.receipt(row.invoiceNumber(), amount, currency, row.language())));
        } catch (RuntimeException e) {
            // the payment is registered; a lost receipt must not make Stripe redeliver and re-settle
            LOG.warn(
                    "Receipt for session {} of tenant {} not sent: {}",
                    row.sessionId(),
                    tenant.id(),
                    e.getClass().getSimpleName());
        }
    }

    private void staff(Tenant tenant, PatientPaymentStore.Session row, String note) {
        LOG.warn("Patient payment {} of tenant {} needs staff", row.sessionId(), tenant.id());
        staff.note(tenant, RecordRef.of(new PatientRef(row.patientRef())), note);
    }
}
