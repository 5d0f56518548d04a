package com.dentalai.hub.files;

/**
 * The tenant's Odoo could not be reached to register a file. Unlike the ClinicRecordsException it
 * replaces (never retried: most of its reasons are refusals), this one is retried with back-off by
 * the central policy and then parked on the dead-letter queue; the file stays STORED meanwhile.
 * It deliberately carries no cause: the error policy matches the causes too, and the no-retry
 * ClinicRecordsException among them would win.
 */
class RegistrationDeferredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RegistrationDeferredException(String message) {
        super(message);
    }
}
