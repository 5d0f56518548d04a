package com.dentalai.hub.connectors.odoo.camel;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options of an {@code odoo:<model>/<method>} endpoint. There is deliberately no password or API
 * key option: credentials are resolved per tenant by the application's {@link OdooClientProvider}.
 */
@UriParams
public class OdooConfiguration implements Cloneable {

    @UriPath(description = "The Odoo model, e.g. res.partner or calendar.event")
    @Metadata(required = true)
    private String model;

    @UriPath(
            description = "Producer: the method to call",
            enums = "search_read,search_count,read,create,write,unlink",
            defaultValue = "search_read")
    private String method = "search_read";

    @UriParam(description = "The hub tenant whose Odoo is called; else the OdooTenant header")
    private String tenant;

    @UriParam(description = "Comma-separated fields to read (search_read, read, consumer); empty = all")
    private String fields;

    @UriParam(description = "Maximum records per search_read, and per poll for the consumer", defaultValue = "100")
    private int limit = 100;

    @UriParam(description = "Sort order for search_read, e.g. 'start asc'")
    private String order;

    @UriParam(description = "Search domain as JSON, e.g. [[\"active\",\"=\",true]]; the OdooDomain header wins")
    private String domain;

    @UriParam(
            label = "consumer",
            description = "Field the consumer tracks changes by (ties broken by id)",
            defaultValue = "write_date")
    private String cursorField = "write_date";

    @UriParam(
            label = "consumer",
            description = "Name the consumer's position is stored under; default '<model>#<routeId>'")
    private String cursorName;

    @UriParam(
            label = "consumer",
            description =
                    "Where a consumer without a stored position starts (naive UTC 'YYYY-MM-DD HH:MM:SS'); empty = from the first record")
    private String since;

    @UriParam(
            label = "consumer",
            description = "Also re-read records written in the cursor's second (write_date has no sub-second"
                    + " part, so a second write in that second would otherwise be missed); the route must"
                    + " de-duplicate",
            defaultValue = "false")
    private boolean cursorOverlap;

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getCursorField() {
        return cursorField;
    }

    public void setCursorField(String cursorField) {
        this.cursorField = cursorField;
    }

    public String getCursorName() {
        return cursorName;
    }

    public void setCursorName(String cursorName) {
        this.cursorName = cursorName;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public boolean isCursorOverlap() {
        return cursorOverlap;
    }

    public void setCursorOverlap(boolean cursorOverlap) {
        this.cursorOverlap = cursorOverlap;
    }

    public OdooConfiguration copy() {
        try {
            return (OdooConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "OdooConfiguration[model=" + model + ", method=" + method + ", tenant=" + tenant + "]";
    }
}
