package com.dentalai.hub.domain.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A patient's posted customer invoice that still has something to pay (Odoo {@code account.move},
 * {@code out_invoice}, {@code posted}, {@code payment_state} not_paid or partial).
 *
 * @param ref the invoice's id in the clinic's records (opaque)
 * @param number what the patient sees ({@code INV/2026/00012}); may be null for an unnamed invoice
 * @param residual what is still to pay, in {@code currency}
 * @param currency ISO 4217 code, lower case ({@code ils})
 * @param due the due date; null when the invoice has none
 */
public record OpenInvoice(String ref, String number, BigDecimal residual, String currency, LocalDate due) {

    public OpenInvoice {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(residual, "residual");
        Objects.requireNonNull(currency, "currency");
    }

    /** The name shown to the patient: the number, or the ref when Odoo gave none. */
    public String label() {
        return number == null || number.isBlank() ? "#" + ref : number;
    }

    /** The residual in the currency's minor unit (agorot, cents), as Stripe wants amounts. */
    public long residualMinor() {
        return residual.movePointRight(2)
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
    }
}
