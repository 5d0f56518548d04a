package com.dentalai.hub.domain.clinic;

/** Payment state of an invoice, in the hub's words. */
public enum InvoiceState {
    DRAFT,
    OPEN,
    PARTIAL,
    PAID,
    CANCELLED
}
