package com.dentalai.hub.billing;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Resolves the two Stripe secrets from the environment variables the settings name, with the
 * property fallback for tests and the demo. Read on every use, so a rotated secret needs no restart
 * of this bean (only of the process environment).
 */
@Component
class StripeSecrets {

    private final BillingProperties props;
    private final boolean prod;

    StripeSecrets(BillingProperties props, Environment env) {
        this.props = props;
        this.prod = env.acceptsProfiles(Profiles.of("prod"));
        if (prod
                && (present(props.stripeWebhookSecret())
                        || present(props.stripeSecretKey())
                        || present(props.stripeConnectWebhookSecret()))) {
            throw new IllegalStateException(
                    "hub.billing.stripe-webhook-secret / stripe-secret-key are for tests and the demo; "
                            + "set the env vars named by hub.billing.*-env under the prod profile");
        }
    }

    Optional<String> webhookSecret() {
        return resolve(props.stripeWebhookSecretEnv(), props.stripeWebhookSecret());
    }

    /** The Connect endpoint's secret: Stripe signs connected-account events with it, not the platform's. */
    Optional<String> connectWebhookSecret() {
        String env = props.stripeConnectWebhookSecretEnv();
        return resolve(env == null || env.isBlank() ? "-" : env, props.stripeConnectWebhookSecret());
    }

    Optional<String> secretKey() {
        return resolve(props.stripeSecretKeyEnv(), props.stripeSecretKey());
    }

    private Optional<String> resolve(String envName, String fallback) {
        String value = System.getenv(envName);
        if (present(value)) {
            return Optional.of(value);
        }
        return prod || !present(fallback) ? Optional.empty() : Optional.of(fallback);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "StripeSecrets[" + props.stripeWebhookSecretEnv() + ", " + props.stripeSecretKeyEnv() + "]";
    }
}
