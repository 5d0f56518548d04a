package com.dentalai.hub.billing;

import com.dentalai.hub.domain.billing.BillingDesk;
import com.dentalai.hub.domain.billing.InvoiceNotPayableException;
import com.dentalai.hub.domain.billing.OpenInvoice;
import com.dentalai.hub.domain.billing.PaymentLink;
import com.dentalai.hub.domain.billing.PaymentsUnavailableException;
import com.dentalai.hub.domain.billing.SubscriptionFacts;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.conversation.ToolUnavailableException;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.AccessDeniedException;
import com.dentalai.hub.platform.gate.SystemPrincipals;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Yosef's {@link BillingDesk} for one conversation: every call goes to a billing tool route as
 * {@code system:yosef} for the tenant, carrying the turn's correlation id, so the gate authorises
 * and audits it like any tool call.
 */
final class RouteBillingDesk implements BillingDesk {

    /** The system principal Yosef acts as; the only holder of BILLING_TOOL. */
    static final String YOSEF = "yosef";

    private final ProducerTemplate producer;
    private final HubContext context;
    private final String channel;
    private final String conversationKey;
    private final String language;

    RouteBillingDesk(
            ProducerTemplate producer,
            String tenant,
            String channel,
            String correlationId,
            String conversationKey,
            String language) {
        this.producer = producer;
        this.context = new HubContext(tenant, SystemPrincipals.of(YOSEF, tenant), channel, correlationId);
        this.channel = channel;
        this.conversationKey = conversationKey;
        this.language = language;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<PatientRef> findPatient(String e164) {
        return call(BillingToolRoutes.FIND_PATIENT, new BillingToolCalls.FindPatient(e164), Optional.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OpenInvoice> openInvoices(PatientRef patient) {
        return call(BillingToolRoutes.OPEN_INVOICES, new BillingToolCalls.OpenInvoices(patient), List.class);
    }

    @Override
    public PaymentLink paymentLink(PatientRef patient, String invoiceRef) {
        BillingToolCalls.LinkOutcome outcome = call(
                BillingToolRoutes.PAYMENT_LINK,
                new BillingToolCalls.CreatePaymentLink(patient, invoiceRef, channel, conversationKey, language),
                BillingToolCalls.LinkOutcome.class);
        if (outcome instanceof BillingToolCalls.LinkOutcome.Created created) {
            return created.link();
        }
        if (outcome instanceof BillingToolCalls.LinkOutcome.NotPayable notPayable) {
            throw new InvoiceNotPayableException(notPayable.why());
        }
        throw new PaymentsUnavailableException(((BillingToolCalls.LinkOutcome.Unavailable) outcome).why());
    }

    SubscriptionFacts subscriptionFacts() {
        return call(
                BillingToolRoutes.SUBSCRIPTION, new BillingToolCalls.SubscriptionFactsOf(), SubscriptionFacts.class);
    }

    private <T> T call(String uri, Object body, Class<T> answer) {
        Exchange done = producer.request(uri, exchange -> {
            exchange.setProperty(HubContext.PROPERTY, context);
            exchange.getMessage().setHeader(HubContext.CORRELATION_HEADER, context.correlationId());
            exchange.getMessage().setBody(body);
        });
        Exception failure = done.getException();
        if (failure instanceof AccessDeniedException denied) {
            throw denied;
        }
        if (failure != null) {
            throw new ToolUnavailableException(uri.substring("direct:".length()), "billing tool call failed", failure);
        }
        return done.getMessage().getBody(answer);
    }
}
