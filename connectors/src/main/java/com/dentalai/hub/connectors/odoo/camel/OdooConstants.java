package com.dentalai.hub.connectors.odoo.camel;

/** Message headers the {@code odoo:} component reads and sets. */
public final class OdooConstants {

    /** Tenant, when the endpoint has no {@code tenant} option (a route serving several tenants). */
    public static final String TENANT = "OdooTenant";
    /** Overrides the endpoint's method for one message. */
    public static final String METHOD = "OdooMethod";
    /** Record ids for read, write and unlink: a number, a list of numbers, or "1,2,3". */
    public static final String IDS = "OdooIds";
    /** A search domain for this message: a List or a JSON string; overrides the endpoint's. */
    public static final String DOMAIN = "OdooDomain";
    /** Set by the consumer and by create: the record id. */
    public static final String RECORD_ID = "OdooRecordId";
    /** Set by the consumer: the model the record belongs to. */
    public static final String MODEL = "OdooModel";
    /** Set by the consumer: the record's write_date. */
    public static final String WRITE_DATE = "OdooWriteDate";

    private OdooConstants() {}
}
