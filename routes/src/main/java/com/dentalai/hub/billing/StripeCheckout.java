package com.dentalai.hub.billing;

import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.web.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Creates a Stripe Checkout Session for a tenant's subscription through Stripe's REST API
 * ({@code POST /v1/checkout/sessions}, form-encoded, secret key as Bearer). The tenant travels as
 * {@code client_reference_id} (read back by checkout.session.completed) and in the subscription's
 * metadata (read by customer.subscription.* events that overtake the checkout event).
 */
@Component
class StripeCheckout {

    private static final Logger LOG = LoggerFactory.getLogger(StripeCheckout.class);

    private final BillingProperties props;
    private final StripeSecrets secrets;
    private final ObjectMapper json;
    private final HttpClient http;

    StripeCheckout(BillingProperties props, StripeSecrets secrets, ObjectMapper json) {
        this.props = props;
        this.secrets = secrets;
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(props.connectTimeout()).build();
    }

    CheckoutSession create(@Body String plan, @ExchangeProperty(HubContext.PROPERTY) HubContext context) {
        String tenant = context.tenantId();
        String price = props.plans().get(plan);
        if (price == null) {
            throw new IllegalArgumentException("unknown plan " + plan);
        }
        String key = secrets.secretKey()
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "billing-not-configured",
                        "Stripe secret key is not configured (" + props.stripeSecretKeyEnv() + ")"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "subscription");
        form.put("line_items[0][price]", price);
        form.put("line_items[0][quantity]", "1");
        form.put("client_reference_id", tenant);
        form.put("subscription_data[metadata][tenant]", tenant);
        form.put("metadata[tenant]", tenant);
        form.put("success_url", props.successUrl());
        form.put("cancel_url", props.cancelUrl());
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(trimSlash(props.stripeApiBase()) + "/v1/checkout/sessions"))
                .timeout(props.readTimeout())
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/x-www-form-urlencoded")
                // the correlation id makes a retried call of the same request return the same session
                .header("Idempotency-Key", "checkout-" + tenant + "-" + context.correlationId())
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw unavailable("Stripe answered " + response.statusCode());
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            String message = body.path("error").path("message").asText("no message");
            LOG.warn("Stripe refused a checkout session for {}: {} {}", tenant, response.statusCode(), message);
            throw new ProblemException(
                    HttpStatus.BAD_GATEWAY, "stripe-refused", "Stripe refused the checkout: " + message);
        }
        return new CheckoutSession(
                body.path("url").asText(null), body.path("id").asText(null));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable("Stripe cannot be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while calling Stripe");
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw unavailable("Stripe answered something that is not JSON");
        }
    }

    private static StripeUnavailableException unavailable(String why) {
        return new StripeUnavailableException("Payments are unavailable right now (" + why + "); try again shortly");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String trimSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** What {@code POST /api/v1/billing/checkout} answers. */
    record CheckoutSession(String url, @com.fasterxml.jackson.annotation.JsonProperty("session_id") String sessionId) {}

    /** Stripe's API is down or overloaded: 503 problem. */
    static class StripeUnavailableException extends ProblemException {

        private static final long serialVersionUID = 1L;

        StripeUnavailableException(String detail) {
            super(HttpStatus.SERVICE_UNAVAILABLE, "stripe-unavailable", detail);
        }
    }
}
