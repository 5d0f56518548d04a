package com.dentalai.hub.connectors.odoo;

import java.util.Optional;

/**
 * Every failure of an Odoo call, by {@link Kind}. {@link #getMessage()} names the kind, model and
 * method only (safe for logs); Odoo's own text, which may quote record values, is kept apart in
 * {@link #operatorMessage()} for operators (dead-letter view), and {@link #patientMessage()} is what
 * a bot may say.
 */
public final class OdooException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in terms a route can act on. */
    public enum Kind {
        /** The record was deleted or never existed (write/unlink of a missing id). */
        NOT_FOUND("We could not find that record any more. Please start again."),
        /** Odoo refused the values: a constraint, a required field, a selection value. */
        VALIDATION("The clinic's system could not accept that request."),
        /** The Odoo user may not do this (access rights / record rules). */
        ACCESS("The clinic's system did not allow that action. A staff member will help you."),
        /** The credentials are wrong or were revoked. */
        AUTH("The clinic's system is not reachable right now. Please try again later."),
        /** A field name the model does not have: a mapping mistake. */
        BAD_FIELD("The clinic's system is not set up for that yet. A staff member will help you."),
        /** The model is not installed in that database: a mapping or module mistake. */
        UNKNOWN_MODEL("The clinic's system is not set up for that yet. A staff member will help you."),
        /** The network or the server did not answer (refused, timed out, 502/503/504); retryable. */
        TRANSPORT("The clinic's system is not reachable right now. Please try again later."),
        /** The tenant's circuit breaker is open: calls fail fast until Odoo recovers. */
        UNAVAILABLE("The clinic's system is not reachable right now. Please try again later."),
        /** Any other server-side error (a bug or an unknown fault in Odoo or an add-on). */
        SERVER("The clinic's system had a problem with that request. A staff member will help you.");

        private final String patientMessage;

        Kind(String patientMessage) {
            this.patientMessage = patientMessage;
        }

        public String patientMessage() {
            return patientMessage;
        }

        /** Only these are worth another attempt; a validation error stays one on the next try. */
        public boolean retryable() {
            return this == TRANSPORT;
        }
    }

    private final Kind kind;
    private final String model;
    private final String method;
    private final String operatorMessage;
    private final Integer faultCode;
    private final String faultName;
    private final String badField;
    private final boolean maybeDelivered;

    OdooException(
            Kind kind,
            String model,
            String method,
            String operatorMessage,
            Integer faultCode,
            String faultName,
            String badField,
            Throwable cause,
            boolean maybeDelivered) {
        super(safeMessage(kind, model, method, faultCode), cause);
        this.maybeDelivered = maybeDelivered;
        this.kind = kind;
        this.model = model;
        this.method = method;
        this.operatorMessage = operatorMessage == null ? "" : operatorMessage;
        this.faultCode = faultCode;
        this.faultName = faultName;
        this.badField = badField;
    }

    static OdooException of(Kind kind, String model, String method, String operatorMessage, Throwable cause) {
        return new OdooException(kind, model, method, operatorMessage, null, null, null, cause, false);
    }

    /**
     * A transport failure; {@code maybeDelivered} when the request may have reached Odoo (read
     * timeout, 504), so a create must not be sent twice.
     */
    static OdooException transport(
            String model, String method, String operatorMessage, Throwable cause, boolean maybeDelivered) {
        return new OdooException(
                Kind.TRANSPORT, model, method, operatorMessage, null, null, null, cause, maybeDelivered);
    }

    boolean maybeDelivered() {
        return maybeDelivered;
    }

    public Kind kind() {
        return kind;
    }

    /** The model of the failed call, or {@code "common"} for version/authenticate. */
    public String model() {
        return model;
    }

    public String method() {
        return method;
    }

    /** Odoo's own message (the last lines of a traceback); may quote record values: not for patients. */
    public String operatorMessage() {
        return operatorMessage;
    }

    public String patientMessage() {
        return kind.patientMessage();
    }

    /** XML-RPC faultCode (or HTTP status for JSON-2), when the server sent one. */
    public Optional<Integer> faultCode() {
        return Optional.ofNullable(faultCode);
    }

    /** Python exception name ({@code odoo.exceptions.MissingError}) when the transport reports it. */
    public Optional<String> faultName() {
        return Optional.ofNullable(faultName);
    }

    /** For {@link Kind#BAD_FIELD}: the field name Odoo rejected. */
    public Optional<String> badField() {
        return Optional.ofNullable(badField);
    }

    private static String safeMessage(Kind kind, String model, String method, Integer faultCode) {
        return "Odoo " + kind + " on " + model + "." + method + (faultCode == null ? "" : " (fault " + faultCode + ")");
    }
}
