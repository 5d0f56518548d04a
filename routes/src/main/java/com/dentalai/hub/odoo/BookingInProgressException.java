package com.dentalai.hub.odoo;

/**
 * Another attempt with the same request key is booking right now (a duplicate delivery racing
 * the original). Retry shortly: the answer will then be that attempt's appointment.
 */
public class BookingInProgressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BookingInProgressException(String requestKey) {
        super("Booking request " + requestKey + " is already being processed");
    }
}
