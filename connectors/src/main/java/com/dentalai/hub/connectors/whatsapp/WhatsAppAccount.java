package com.dentalai.hub.connectors.whatsapp;

import java.util.Objects;

/**
 * One tenant's WhatsApp business number and the token that may send from it.
 *
 * @param phoneNumberId Meta's id of the business number (not the phone number itself)
 * @param accessToken a system-user token; resolved from the env var named in the tenants file
 */
public record WhatsAppAccount(String phoneNumberId, String accessToken) {

    public WhatsAppAccount {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(accessToken, "accessToken");
        if (!phoneNumberId.matches("[0-9A-Za-z_-]+")) {
            throw new IllegalArgumentException("phoneNumberId must be Meta's numeric id");
        }
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("WhatsApp access token must not be blank");
        }
    }

    String bearer() {
        return "Bearer " + accessToken;
    }

    @Override
    public String toString() {
        return "WhatsAppAccount[phoneNumberId=" + phoneNumberId + ", accessToken=***]";
    }
}
