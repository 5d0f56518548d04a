package com.dentalai.hub.connectors.odoo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Odoo's value conventions, both ways: {@code false} for "empty" (never null), many2one as
 * {@code [id, "name"]}, datetimes as naive UTC {@code "YYYY-MM-DD HH:MM:SS"}, dates as
 * {@code "YYYY-MM-DD"}, x2many writes as command triples.
 */
public final class OdooValues {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OdooValues() {}

    /** Odoo sends {@code false} for an empty field of any type (except a real boolean false). */
    public static boolean isEmpty(Object value) {
        return value == null || Boolean.FALSE.equals(value);
    }

    public static Optional<String> string(Object value) {
        return isEmpty(value) ? Optional.empty() : Optional.of(value.toString());
    }

    public static Optional<Long> longValue(Object value) {
        if (isEmpty(value)) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(n.longValue());
        }
        throw new IllegalArgumentException("not an integer: " + value.getClass().getSimpleName());
    }

    public static Optional<Double> doubleValue(Object value) {
        if (isEmpty(value)) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        throw new IllegalArgumentException("not a number: " + value.getClass().getSimpleName());
    }

    public static boolean bool(Object value) {
        return Boolean.TRUE.equals(value);
    }

    /** {@code [id, "name"]} → {@link Many2One}; {@code false} → empty; a bare id (JSON-2, load=None) → no name. */
    public static Optional<Many2One> many2One(Object value) {
        if (isEmpty(value)) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(new Many2One(n.longValue(), null));
        }
        List<?> pair = asList(value);
        if (pair.isEmpty() || !(pair.get(0) instanceof Number id)) {
            throw new IllegalArgumentException("not a many2one value");
        }
        String name = pair.size() > 1 && !isEmpty(pair.get(1)) ? pair.get(1).toString() : null;
        return Optional.of(new Many2One(id.longValue(), name));
    }

    public static Optional<Long> many2OneId(Object value) {
        return many2One(value).map(Many2One::id);
    }

    /** An x2many value (list of ids) as longs; {@code false} or an empty list → empty list. */
    public static List<Long> ids(Object value) {
        if (isEmpty(value)) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : asList(value)) {
            ids.add(((Number) o).longValue());
        }
        return List.copyOf(ids);
    }

    /** Naive UTC {@code "YYYY-MM-DD HH:MM:SS"} → Instant. */
    public static Optional<Instant> instant(Object value) {
        if (isEmpty(value)) {
            return Optional.empty();
        }
        String text = value.toString();
        try {
            return Optional.of(LocalDateTime.parse(text, DATETIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // some add-ons hand back dates in datetime fields
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    public static Optional<LocalDate> date(Object value) {
        return isEmpty(value) ? Optional.empty() : Optional.of(LocalDate.parse(value.toString()));
    }

    /** Instant → naive UTC {@code "YYYY-MM-DD HH:MM:SS"} (sub-seconds dropped, as Odoo stores them). */
    public static String datetime(Instant instant) {
        return DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static String date(LocalDate date) {
        return date.toString();
    }

    /**
     * A Java value as Odoo expects it in create/write values and domains: null/empty → {@code false},
     * Instant → naive UTC string, LocalDate → ISO date, Many2One → id, Optional unwrapped.
     */
    public static Object toOdoo(Object value) {
        if (value == null) {
            return Boolean.FALSE;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(OdooValues::toOdoo).orElse(Boolean.FALSE);
        }
        if (value instanceof Instant instant) {
            return datetime(instant);
        }
        if (value instanceof LocalDate date) {
            return date(date);
        }
        if (value instanceof Many2One m2o) {
            return m2o.id();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toOdoo(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(OdooValues::toOdoo).toList();
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(OdooValues::toOdoo).toList();
        }
        return value;
    }

    /** x2many command {@code [6, 0, ids]}: replace the whole set with these ids. */
    public static List<Object> replaceWith(Collection<Long> ids) {
        return List.of(6, 0, List.copyOf(ids));
    }

    /** x2many command {@code [0, 0, values]}: create a new line with these values. */
    public static List<Object> createLine(Map<String, ?> values) {
        return List.of(0, 0, toOdoo(values));
    }

    /** x2many command {@code [4, id]}: link an existing record. */
    public static List<Object> link(long id) {
        return List.of(4, id);
    }

    /** x2many command {@code [3, id]}: unlink (not delete) a record from the set. */
    public static List<Object> unlinkFromSet(long id) {
        return List.of(3, id);
    }

    /** The x2many field value: a list of commands. */
    @SafeVarargs
    public static List<List<Object>> commands(List<Object>... commands) {
        return List.of(commands);
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        throw new IllegalArgumentException("not a list: " + value.getClass().getSimpleName());
    }
}
