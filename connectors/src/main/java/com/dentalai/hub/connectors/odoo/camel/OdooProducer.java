package com.dentalai.hub.connectors.odoo.camel;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Calls one method on the endpoint's model. Body in, result out: search_read → List of Maps,
 * search_count → Long, read → List of Maps, create → Long id (a List of Maps → List of ids),
 * write/unlink → Boolean. Failures are {@link com.dentalai.hub.connectors.odoo.OdooException}s
 * for the route's error policy.
 */
public class OdooProducer extends DefaultProducer {

    public OdooProducer(OdooEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public OdooEndpoint getEndpoint() {
        return (OdooEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        OdooEndpoint endpoint = getEndpoint();
        OdooConfiguration config = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        String tenant =
                config.getTenant() != null ? config.getTenant() : in.getHeader(OdooConstants.TENANT, String.class);
        String method = in.getHeader(OdooConstants.METHOD, config.getMethod(), String.class);
        OdooClient odoo = endpoint.client(tenant);
        String model = config.getModel();
        Object result =
                switch (method) {
                    case "search_read" -> odoo.searchRead(
                            model, domain(in, endpoint), endpoint.fields(), config.getLimit(), 0, config.getOrder());
                    case "search_count" -> odoo.searchCount(model, domain(in, endpoint));
                    case "read" -> odoo.read(model, ids(in, true), endpoint.fields());
                    case "create" -> create(odoo, model, in.getBody());
                    case "write" -> odoo.write(model, ids(in, false), values(in.getBody()));
                    case "unlink" -> odoo.unlink(model, ids(in, true));
                    default -> throw new IllegalArgumentException("odoo: method '" + method
                            + "' is not supported (search_read, search_count, read, create, write, unlink)");
                };
        if (result instanceof Long id && "create".equals(method)) {
            in.setHeader(OdooConstants.RECORD_ID, id);
        }
        in.setBody(result);
    }

    private static Object create(OdooClient odoo, String model, Object body) {
        if (body instanceof Map<?, ?> map) {
            return odoo.create(model, values(map));
        }
        if (body instanceof List<?> list) {
            List<Map<String, Object>> rows = new ArrayList<>();
            list.forEach(row -> rows.add(values(row)));
            return odoo.create(model, rows);
        }
        throw new IllegalArgumentException("odoo: create needs a Map of field values (or a List of them) as body");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Object body) {
        if (body instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("odoo: write needs a Map of field values as body");
    }

    private static OdooDomain domain(Message in, OdooEndpoint endpoint) {
        Object header = in.getHeader(OdooConstants.DOMAIN);
        if (header != null) {
            return OdooEndpoint.parseDomain(header);
        }
        if (in.getBody() instanceof List<?> list) {
            return OdooEndpoint.parseDomain(list);
        }
        return endpoint.domain();
    }

    /** Ids from the OdooIds header, else (for read/unlink) from the body. */
    private static List<Long> ids(Message in, boolean bodyAllowed) {
        Object value = in.getHeader(OdooConstants.IDS);
        if (value == null) {
            value = in.getHeader(OdooConstants.RECORD_ID);
        }
        if (value == null && bodyAllowed) {
            value = in.getBody();
        }
        List<Long> ids = toIds(value);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Record ids are not set: put them in the " + OdooConstants.IDS
                    + " header (a number, a list or '1,2')");
        }
        return ids;
    }

    private static List<Long> toIds(Object value) {
        if (value instanceof Number n) {
            return List.of(n.longValue());
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(o -> Long.parseLong(String.valueOf(o).strip()))
                    .toList();
        }
        if (value instanceof String s && !s.isBlank()) {
            return Arrays.stream(s.split(","))
                    .map(String::strip)
                    .map(Long::parseLong)
                    .toList();
        }
        return List.of();
    }
}
