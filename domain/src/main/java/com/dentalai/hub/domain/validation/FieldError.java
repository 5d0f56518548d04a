package com.dentalai.hub.domain.validation;

import java.util.Objects;

/**
 * One validation failure, named by the key the user wrote (e.g. {@code tenants[2].odoo.url}), so an
 * operator can find it in the file and an API can report it as RFC 7807 {@code errors[{field, message}]}.
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
