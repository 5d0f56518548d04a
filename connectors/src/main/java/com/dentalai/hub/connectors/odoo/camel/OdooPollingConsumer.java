package com.dentalai.hub.connectors.odoo.camel;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.dentalai.hub.connectors.odoo.OdooValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls one tenant's model for records changed since the stored cursor, oldest first, one
 * exchange per record (body: the record as a Map). The cursor is the pair (write_date, id): Odoo
 * keeps write_date to the second, so several records can share it and the id breaks the tie.
 * The cursor advances only past records the route processed; a failed poll or a failed record
 * leaves it where it was, so nothing is lost (at-least-once: routes de-duplicate).
 */
public class OdooPollingConsumer extends ScheduledPollConsumer {

    public OdooPollingConsumer(OdooEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public OdooEndpoint getEndpoint() {
        return (OdooEndpoint) super.getEndpoint();
    }

    @Override
    protected int poll() throws Exception {
        OdooEndpoint endpoint = getEndpoint();
        OdooConfiguration config = endpoint.getConfiguration();
        String tenant = config.getTenant();
        String cursorField = config.getCursorField();
        String key = cursorKey(config);
        CursorStore store = endpoint.getComponent().getCursorStore();
        Optional<CursorStore.Cursor> stored = store.load(tenant, key);

        List<String> fields = new ArrayList<>(endpoint.fields());
        if (!fields.isEmpty()) {
            addIfAbsent(fields, "id");
            addIfAbsent(fields, cursorField);
        }
        OdooClient odoo = endpoint.client(tenant);
        String order = cursorField + " asc, id asc";
        List<Map<String, Object>> changed;
        if (config.isCursorOverlap() && stored.isPresent()) {
            OdooDomain overlap = endpoint.domain()
                    .and(OdooDomain.where(cursorField, ">=", stored.get().writeDate()));
            changed = odoo.searchRead(config.getModel(), overlap, fields, config.getLimit(), 0, order);
            if (changed.size() >= config.getLimit()
                    && stored.get()
                            .writeDate()
                            .equals(OdooValues.string(
                                            changed.get(changed.size() - 1).get(cursorField))
                                    .orElse(""))) {
                // a full page within the cursor's second: re-reading it would never get further
                changed = odoo.searchRead(
                        config.getModel(),
                        endpoint.domain().and(after(cursorField, stored, config.getSince())),
                        fields,
                        config.getLimit(),
                        0,
                        order);
            }
        } else {
            OdooDomain domain = endpoint.domain().and(after(cursorField, stored, config.getSince()));
            changed = odoo.searchRead(config.getModel(), domain, fields, config.getLimit(), 0, order);
        }

        CursorStore.Cursor last = null;
        int handed = 0;
        for (Map<String, Object> record : changed) {
            long id = OdooValues.longValue(record.get("id")).orElseThrow();
            String writeDate = OdooValues.string(record.get(cursorField)).orElse("");
            Exchange exchange = createExchange(true);
            exchange.getMessage().setBody(record);
            exchange.getMessage().setHeader(OdooConstants.TENANT, tenant);
            exchange.getMessage().setHeader(OdooConstants.MODEL, config.getModel());
            exchange.getMessage().setHeader(OdooConstants.RECORD_ID, id);
            exchange.getMessage().setHeader(OdooConstants.WRITE_DATE, writeDate);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            Exception failure = exchange.getException();
            releaseExchange(exchange, false);
            if (failure != null) {
                getExceptionHandler()
                        .handleException("odoo: record " + id + " was not processed; it is polled again", failure);
                break;
            }
            last = new CursorStore.Cursor(writeDate, id);
            handed++;
        }
        if (last != null) {
            store.save(tenant, key, last);
        }
        return handed;
    }

    private String cursorKey(OdooConfiguration config) {
        if (config.getCursorName() != null && !config.getCursorName().isBlank()) {
            return config.getCursorName();
        }
        return config.getModel() + "#" + getRouteId();
    }

    /** {@code field > w OR (field = w AND id > i)}: strictly after the last record handed on. */
    static OdooDomain after(String field, Optional<CursorStore.Cursor> cursor, String since) {
        if (cursor.isPresent()) {
            CursorStore.Cursor c = cursor.get();
            return OdooDomain.or(
                    OdooDomain.where(field, ">", c.writeDate()),
                    OdooDomain.where(field, "=", c.writeDate()).and(OdooDomain.where("id", ">", c.lastId())));
        }
        if (since != null && !since.isBlank()) {
            return OdooDomain.where(field, ">=", since);
        }
        return OdooDomain.all();
    }

    private static void addIfAbsent(List<String> fields, String field) {
        if (!fields.contains(field)) {
            fields.add(field);
        }
    }
}
