package com.dentalai.hub.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * SaaS billing through Stripe (docs/configuration.md, "Billing").
 *
 * @param stripeWebhookSecretEnv name of the env var holding the webhook endpoint secret ({@code whsec_…})
 * @param stripeWebhookSecret fallback used only when that env var is unset: for tests and the demo;
 *     refused under the {@code prod} profile
 * @param signatureTolerance how old a {@code Stripe-Signature} timestamp may be (Stripe's default: 300 s)
 * @param stripeApiBase base URL of Stripe's REST API (tests point it at a loopback stand-in)
 * @param stripeSecretKeyEnv name of the env var holding the Stripe secret API key ({@code sk_…})
 * @param stripeSecretKey fallback for tests and the demo, like {@code stripeWebhookSecret}
 * @param plans plan name (what clients send) → Stripe price id
 * @param successUrl where Stripe Checkout sends the admin after paying
 * @param cancelUrl where Stripe Checkout sends the admin who gave up
 * @param standingCacheTtl how long the gate trusts a tenant's standing before reading it again
 * @param connectTimeout TCP connect timeout towards Stripe's API
 * @param readTimeout how long one Stripe API call may take
 * @param stripeConnectWebhookSecretEnv name of the env var holding the secret of the <b>Connect</b>
 *     webhook endpoint (events on clinics' connected accounts, e.g. patients' payments); optional
 * @param stripeConnectWebhookSecret fallback for tests and the demo, like {@code stripeWebhookSecret}
 */
@Validated
@ConfigurationProperties("hub.billing")
public record BillingProperties(
        @NotBlank String stripeWebhookSecretEnv,
        String stripeWebhookSecret,
        @NotNull Duration signatureTolerance,
        @NotBlank String stripeApiBase,
        @NotBlank String stripeSecretKeyEnv,
        String stripeSecretKey,
        Map<String, String> plans,
        @NotBlank String successUrl,
        @NotBlank String cancelUrl,
        @NotNull Duration standingCacheTtl,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        String stripeConnectWebhookSecretEnv,
        String stripeConnectWebhookSecret) {

    public BillingProperties {
        plans = plans == null ? Map.of() : Map.copyOf(plans);
    }

    @Override
    public String toString() {
        // the fallbacks may hold secrets: never print them
        return "BillingProperties[stripeApiBase=" + stripeApiBase + ", plans=" + plans.keySet() + "]";
    }
}
