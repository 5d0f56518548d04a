package com.dentalai.hub.billing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A loopback stand-in for the part of Stripe's REST API the hub calls: {@code POST
 * /v1/checkout/sessions} (form-encoded, Bearer secret key) answering a Checkout Session object in
 * Stripe's shape, or Stripe's error shape. One per test JVM, started before the context so {@code
 * hub.billing.stripe-api-base} points at it (registered in META-INF/spring.factories, test profile
 * only). Tests read the recorded requests and switch it to failure modes.
 */
public final class StripeApiStandIn implements EnvironmentPostProcessor {

    /** How the stand-in answers the next requests. */
    public enum Mode {
        OK,
        /** 500 with Stripe's api_error body. */
        SERVER_ERROR,
        /** closes the connection without an answer: Stripe unreachable. */
        DROP
    }

    /**
     * One request as received: headers of interest and the decoded form (for a GET, the query).
     *
     * @param stripeAccount the {@code Stripe-Account} header: the connected account the call acts on
     *     (Stripe Connect), null for the platform account
     */
    public record Recorded(
            String path, String authorization, String idempotencyKey, Map<String, String> form, String stripeAccount) {}

    /** The connected account of the demo clinic smile-tlv (env var named by its billing settings). */
    public static final String SMILE_ACCOUNT = "acct_1SmileTlvTest";

    private static final class Holder {
        static final StripeApiStandIn SERVER = new StripeApiStandIn().start();
    }

    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.OK;
    private HttpServer server;

    public static StripeApiStandIn server() {
        return Holder.SERVER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "stripe-api-stand-in",
                        Map.of(
                                "hub.billing.stripe-api-base",
                                server().baseUrl(),
                                "SMILE_STRIPE_ACCOUNT",
                                SMILE_ACCOUNT)));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public void mode(Mode next) {
        this.mode = next;
    }

    private StripeApiStandIn start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/checkout/sessions", this::checkoutSession);
        server.createContext("/v1/invoices", this::invoices);
        server.start();
        return this;
    }

    private void checkoutSession(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = decode(body);
            requests.add(new Recorded(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    form,
                    exchange.getRequestHeaders().getFirst("Stripe-Account")));
            switch (mode) {
                case DROP -> {
                    return; // closed without a status line
                }
                case SERVER_ERROR -> answer(
                        exchange,
                        500,
                        """
                        {"error":{"message":"An unknown error occurred","type":"api_error"}}""");
                default -> {
                    if (!"POST".equals(exchange.getRequestMethod())) {
                        answer(
                                exchange,
                                405,
                                "{\"error\":{\"message\":\"POST only\",\"type\":\"invalid_request_error\"}}");
                    } else if (!("Bearer sk_test_hub_billing")
                            .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                        answer(
                                exchange,
                                401,
                                "{\"error\":{\"message\":\"Invalid API Key provided\",\"type\":\"invalid_request_error\"}}");
                    } else {
                        answer(exchange, 200, session(form));
                    }
                }
            }
        }
    }

    /** Requests that carried {@code Stripe-Account}: calls made on a clinic's connected account. */
    public List<Recorded> connectedRequests() {
        return requests.stream().filter(r -> r.stripeAccount() != null).toList();
    }

    /**
     * {@code GET /v1/invoices?customer=…&limit=1}: a list with one open invoice for any customer, in
     * Stripe's list shape (platform account only).
     */
    private void invoices(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> params = decode(query == null ? "" : query);
            requests.add(new Recorded(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    null,
                    params,
                    exchange.getRequestHeaders().getFirst("Stripe-Account")));
            if (mode == Mode.DROP) {
                return;
            }
            if (mode == Mode.SERVER_ERROR) {
                answer(exchange, 500, "{\"error\":{\"message\":\"An unknown error occurred\",\"type\":\"api_error\"}}");
                return;
            }
            String customer = params.getOrDefault("customer", "cus_unknown");
            answer(
                    exchange,
                    200,
                    """
                    {"object":"list","url":"/v1/invoices","has_more":false,"data":[
                     {"id":"in_test_last","object":"invoice","customer":"%s","number":"HUB-0042","status":"open",
                      "currency":"ils","total":35000,"amount_due":35000,"created":1790000000,
                      "hosted_invoice_url":"https://invoice.stripe.com/i/acct_test/in_test_last","livemode":false}]}"""
                            .formatted(customer));
        }
    }

    private static String session(Map<String, String> form) {
        String id = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
        return """
                {"id":"%s","object":"checkout.session","mode":"%s","status":"open","payment_status":"unpaid",
                 "client_reference_id":"%s","customer":null,"subscription":null,"livemode":false,
                 "success_url":"%s","cancel_url":"%s","metadata":{"tenant":"%s"},
                 "expires_at":%d,"url":"https://checkout.stripe.com/c/pay/%s"}"""
                .formatted(
                        id,
                        form.getOrDefault("mode", "payment"),
                        form.getOrDefault("client_reference_id", ""),
                        form.getOrDefault("success_url", ""),
                        form.getOrDefault("cancel_url", ""),
                        form.getOrDefault("metadata[tenant]", ""),
                        System.currentTimeMillis() / 1000 + 86400,
                        id);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }
}
