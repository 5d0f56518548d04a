package com.dentalai.hub.connectors.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Yosef's Stripe calls. Creates Stripe Checkout Sessions in {@code payment} mode <b>on a clinic's connected account</b>
 * (Stripe Connect: the {@code Stripe-Account} header), so the patient pays the clinic, never the
 * platform. Uses stripe-java's {@link StripeClient} with an overridable API base, so tests talk to a
 * loopback stand-in and production to {@code https://api.stripe.com}. No network retries here: the
 * caller reports "unavailable" at once and the patient can ask again.
 */
public final class StripePaymentPages {

    private final StripeClient client;

    public StripePaymentPages(String apiBase, String secretKey, Duration connectTimeout, Duration readTimeout) {
        this.client = StripeClient.builder()
                .setApiKey(Objects.requireNonNull(secretKey, "secretKey"))
                .setApiBase(trimSlash(apiBase))
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setReadTimeout((int) readTimeout.toMillis())
                .setMaxNetworkRetries(0)
                .build();
    }

    /**
     * One invoice to pay.
     *
     * @param connectedAccount the clinic's Stripe account id ({@code acct_…})
     * @param amountMinor the amount in the currency's minor unit
     * @param description what the patient sees on Stripe's page (no PHI: the invoice number)
     * @param clientReferenceId echoed back on {@code checkout.session.completed}
     * @param metadata echoed back on the session (and copied to the payment intent)
     * @param idempotencyKey the same key returns the same session when a call is repeated
     */
    public record PaymentRequest(
            String connectedAccount,
            long amountMinor,
            String currency,
            String description,
            String clientReferenceId,
            Map<String, String> metadata,
            String successUrl,
            String cancelUrl,
            String idempotencyKey) {

        public PaymentRequest {
            Objects.requireNonNull(connectedAccount, "connectedAccount");
            metadata = Map.copyOf(metadata);
            if (amountMinor <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
        }
    }

    /** The hosted page: its URL and the session id that the completion event will carry. */
    public record PaymentPage(String sessionId, String url) {}

    /** Stripe could not be reached or failed on its side (retrying later may work). */
    public static final class StripeUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StripeUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Stripe refused the request (bad account, invalid parameters): retrying will not help. */
    public static final class StripeRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StripeRefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public PaymentPage create(PaymentRequest request) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.clientReferenceId())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.currency())
                                .setUnitAmount(request.amountMinor())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description())
                                        .build())
                                .build())
                        .build());
        SessionCreateParams.PaymentIntentData.Builder intent = SessionCreateParams.PaymentIntentData.builder();
        request.metadata().forEach((k, v) -> {
            params.putMetadata(k, v);
            intent.putMetadata(k, v);
        });
        params.setPaymentIntentData(intent.build());
        RequestOptions options = RequestOptions.builder()
                .setStripeAccount(request.connectedAccount())
                .setIdempotencyKey(request.idempotencyKey())
                .build();
        try {
            Session session = client.v1().checkout().sessions().create(params.build(), options);
            return new PaymentPage(session.getId(), session.getUrl());
        } catch (ApiConnectionException | ApiException | RateLimitException e) {
            throw new StripeUnavailableException(
                    "Stripe is unavailable: " + e.getClass().getSimpleName(), e);
        } catch (StripeException e) {
            throw new StripeRefusedException("Stripe refused the payment page (" + e.getStatusCode() + ")", e);
        }
    }

    /** One of the platform's invoices to a clinic (the hub's own bill), as Stripe lists them. */
    public record PlatformInvoice(
            String number, long total, String currency, String status, String hostedUrl, long created) {}

    /**
     * The newest invoice of a customer on the platform account ({@code GET /v1/invoices?customer=…&limit=1}):
     * what Yosef sends a clinic admin who asks for the last invoice.
     */
    public java.util.Optional<PlatformInvoice> latestInvoice(String customerId) {
        try {
            var page = client.v1()
                    .invoices()
                    .list(com.stripe.param.InvoiceListParams.builder()
                            .setCustomer(customerId)
                            .setLimit(1L)
                            .build());
            return page.getData().stream()
                    .findFirst()
                    .map(i -> new PlatformInvoice(
                            i.getNumber(),
                            i.getTotal() == null ? 0 : i.getTotal(),
                            i.getCurrency(),
                            i.getStatus(),
                            i.getHostedInvoiceUrl(),
                            i.getCreated() == null ? 0 : i.getCreated()));
        } catch (ApiConnectionException | ApiException | RateLimitException e) {
            throw new StripeUnavailableException(
                    "Stripe is unavailable: " + e.getClass().getSimpleName(), e);
        } catch (StripeException e) {
            throw new StripeRefusedException("Stripe refused the invoice list (" + e.getStatusCode() + ")", e);
        }
    }

    private static String trimSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
