package com.dentalai.hub.platform.errors;

/** Headers the dead-letter publisher adds to a parked message (JMS property-safe names). */
public final class DeadLetterHeaders {

    public static final String ID = "HubDeadLetterId";
    public static final String REASON = "HubDeadLetterReason";
    public static final String EXCEPTION = "HubDeadLetterException";
    public static final String ROUTE = "HubDeadLetterRoute";
    public static final String FAILED_ROUTE = "HubDeadLetterFailedRoute";
    public static final String ENDPOINT = "HubDeadLetterEndpoint";
    public static final String FAILED_AT = "HubDeadLetterFailedAt";
    public static final String TENANT = "HubDeadLetterTenant";
    public static final String BODY_TYPE = "HubDeadLetterBodyType";

    /** Prefix of all of the above: stripped again before a replay. */
    public static final String PREFIX = "HubDeadLetter";

    private DeadLetterHeaders() {}
}
