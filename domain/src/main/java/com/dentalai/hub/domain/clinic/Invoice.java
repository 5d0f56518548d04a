package com.dentalai.hub.domain.clinic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer invoice.
 *
 * @param residual what is still to pay
 * @param date the invoice date; {@code null} for a draft without one
 */
public record Invoice(
        String ref, String number, BigDecimal amount, BigDecimal residual, InvoiceState state, LocalDate date) {

    public Invoice {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(residual, "residual");
        Objects.requireNonNull(state, "state");
    }

    public boolean payable() {
        return (state == InvoiceState.OPEN || state == InvoiceState.PARTIAL) && residual.signum() > 0;
    }
}
