package com.dentalai.hub.domain.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * What the channel tells us about a message we sent.
 *
 * @param tenant the tenant whose channel reported it
 * @param providerMessageId the id the channel gave our message (WhatsApp {@code wamid.…})
 * @param recipient who it was for (a {@code wa_id}); PHI — never log it
 * @param state how far it got
 * @param errorCode the channel's error code when {@code state} is FAILED, else null
 * @param errorTitle the channel's short error title when {@code state} is FAILED, else null
 * @param timestamp when the channel says the state was reached
 */
public record DeliveryStatus(
        String tenant,
        String providerMessageId,
        String recipient,
        State state,
        Integer errorCode,
        String errorTitle,
        Instant timestamp) {

    public enum State {
        SENT,
        DELIVERED,
        READ,
        FAILED;

        /** Delivery states only move forward; a late "delivered" must not undo "read". */
        public boolean isAfter(State other) {
            return other != null && this != FAILED && other != FAILED && ordinal() > other.ordinal();
        }
    }

    public DeliveryStatus {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** Omits the recipient: this string may reach a log. */
    @Override
    public String toString() {
        return "DeliveryStatus[tenant=" + tenant + ", providerMessageId=" + providerMessageId + ", state=" + state
                + (errorCode == null ? "" : ", errorCode=" + errorCode) + ", timestamp=" + timestamp + "]";
    }
}
