package com.dentalai.hub.domain.billing;

import java.util.Objects;

/** A hosted payment page for one invoice: where to send the patient, and Stripe's session id. */
public record PaymentLink(String url, String sessionId) {

    public PaymentLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
