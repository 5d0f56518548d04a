package com.dentalai.hub.connectors.odoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value model whatever the transport: lists are {@link List}, structs are {@link Map}
 * (insertion-ordered), integers are {@link Long}, reals {@link Double}. Apache XML-RPC hands back
 * {@code Object[]}, {@code HashMap} and {@code Integer}; Jackson mixes Integer and Long.
 */
final class WireValues {

    private WireValues() {}

    static Object inbound(Object value) {
        if (value instanceof Object[] array) {
            List<Object> out = new ArrayList<>(array.length);
            for (Object o : array) {
                out.add(inbound(o));
            }
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(inbound(o));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), inbound(v)));
            return out;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }

    /**
     * Plain XML-RPC (extensions off) knows int (32 bit), boolean, string, double, array, struct: no
     * i8, no nil. Ids fit in an int; null becomes Odoo's {@code false}.
     */
    static Object outboundXmlRpc(Object value) {
        Object v = OdooValues.toOdoo(value);
        if (v instanceof Long l) {
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("integer out of XML-RPC int range");
            }
            return l.intValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(k), outboundXmlRpc(val)));
            return out;
        }
        if (v instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(o -> out.add(outboundXmlRpc(o)));
            return out;
        }
        if (v instanceof Object[] array) {
            return outboundXmlRpc(Arrays.asList(array));
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
