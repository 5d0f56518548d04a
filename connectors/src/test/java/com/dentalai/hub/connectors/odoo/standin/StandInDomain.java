package com.dentalai.hub.connectors.odoo.standin;

import com.dentalai.hub.connectors.odoo.standin.StandInFault.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Evaluates an Odoo prefix-notation domain against stand-in records. */
final class StandInDomain {

    private static final Set<String> OPERATORS = Set.of(
            "=",
            "!=",
            "<>",
            ">",
            ">=",
            "<",
            "<=",
            "in",
            "not in",
            "like",
            "ilike",
            "not like",
            "not ilike",
            "=like",
            "=ilike",
            "child_of",
            "parent_of");

    /** A parsed domain node. */
    private interface Node {
        boolean test(Map<String, Object> rec);
    }

    private final StandInOrm orm;
    private final ModelDef model;
    private final List<Object> terms;
    private final Node root;
    private int position;

    StandInDomain(StandInOrm orm, ModelDef model, List<Object> terms) {
        this.orm = orm;
        this.model = model;
        this.terms = terms;
        List<Node> top = new ArrayList<>();
        while (position < terms.size()) {
            top.add(parse());
        }
        // consecutive top-level terms are implicitly AND-ed
        this.root = rec -> top.stream().allMatch(n -> n.test(rec));
    }

    boolean matches(Map<String, Object> rec) {
        return root.test(rec);
    }

    boolean mentions(String field) {
        return terms.stream().anyMatch(t -> t instanceof List<?> leaf && !leaf.isEmpty() && field.equals(leaf.get(0)));
    }

    private Node parse() {
        if (position >= terms.size()) {
            throw new StandInFault(Type.VALUE, "Invalid domain " + terms);
        }
        Object term = terms.get(position++);
        if ("&".equals(term)) {
            Node a = parse();
            Node b = parse();
            return rec -> a.test(rec) && b.test(rec);
        }
        if ("|".equals(term)) {
            Node a = parse();
            Node b = parse();
            return rec -> a.test(rec) || b.test(rec);
        }
        if ("!".equals(term)) {
            Node a = parse();
            return rec -> !a.test(rec);
        }
        if (term instanceof List<?> leaf && leaf.size() == 3) {
            return leaf(leaf);
        }
        throw new StandInFault(Type.VALUE, "Invalid leaf " + term);
    }

    private Node leaf(List<?> leaf) {
        Object left = leaf.get(0);
        String operator = String.valueOf(leaf.get(1)).toLowerCase();
        Object value = leaf.get(2);
        if (left instanceof Number l) {
            // TRUE_LEAF (1, '=', 1) and FALSE_LEAF (0, '=', 1)
            boolean truth = l.longValue() == 1;
            return rec -> truth;
        }
        if (!OPERATORS.contains(operator)) {
            throw new StandInFault(Type.VALUE, "Invalid leaf " + leaf);
        }
        String path = left.toString();
        String first = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        FieldDef field = model.fields.get(first);
        if (field == null) {
            throw StandInFault.invalidField(first, model.name);
        }
        if (path.contains(".")) {
            if (!field.isRelational()) {
                throw StandInFault.invalidField(first, model.name);
            }
            StandInDomain sub = new StandInDomain(
                    orm,
                    orm.model(field.relation),
                    List.of(List.of(path.substring(first.length() + 1), operator, value)));
            return rec -> related(field, rec).stream()
                    .map(id -> orm.record(field.relation, id))
                    .anyMatch(sub::matches);
        }
        return rec -> test(field, rec, operator, value);
    }

    private List<Long> related(FieldDef field, Map<String, Object> rec) {
        Object v = rec.get(field.name);
        if ("one2many".equals(field.type)) {
            return orm.inverseIds(field, (Long) rec.get("id"));
        }
        if (v == null) {
            return List.of();
        }
        return v instanceof Long id ? List.of(id) : StandInOrm.ids(v);
    }

    private boolean test(FieldDef field, Map<String, Object> rec, String operator, Object value) {
        if (field.isX2Many()) {
            return testSet(field, rec, operator, value);
        }
        Object actual = "display_name".equals(field.name)
                ? orm.displayName(model.name, (Long) rec.get("id"))
                : rec.get(field.name);
        if ("many2one".equals(field.type) && value instanceof String && actual != null) {
            actual = orm.displayName(field.relation, (Long) actual); // many2one compared to a name: Odoo name-searches
        }
        if ("boolean".equals(field.type) && actual == null) {
            actual = Boolean.FALSE;
        }
        return switch (operator) {
            case "=", "child_of", "parent_of" -> value instanceof List<?> list
                    ? in(actual, list)
                    : equal(actual, value);
            case "!=", "<>" -> !equal(actual, value);
            case "in" -> in(actual, asList(value));
            case "not in" -> !in(actual, asList(value));
            case ">", ">=", "<", "<=" -> compare(actual, value, operator);
            case "like" -> like(actual, "%" + value + "%", false);
            case "ilike" -> like(actual, "%" + value + "%", true);
            case "not like" -> !like(actual, "%" + value + "%", false);
            case "not ilike" -> !like(actual, "%" + value + "%", true);
            case "=like" -> like(actual, String.valueOf(value), false);
            case "=ilike" -> like(actual, String.valueOf(value), true);
            default -> throw new StandInFault(Type.VALUE, "Invalid operator " + operator);
        };
    }

    private boolean testSet(FieldDef field, Map<String, Object> rec, String operator, Object value) {
        List<Long> ids = related(field, rec);
        if (value instanceof String text) {
            boolean any =
                    ids.stream().anyMatch(id -> like(orm.displayName(field.relation, id), "%" + text + "%", true));
            return operator.startsWith("not") || operator.equals("!=") ? !any : any;
        }
        boolean hit;
        if (Boolean.FALSE.equals(value) || value == null) {
            hit = ids.isEmpty();
        } else {
            List<?> wanted = value instanceof List<?> list ? list : List.of(value);
            hit = wanted.stream().anyMatch(w -> w instanceof Number n && ids.contains(n.longValue()));
        }
        return switch (operator) {
            case "!=", "<>", "not in" -> !hit;
            default -> hit;
        };
    }

    private static boolean equal(Object actual, Object value) {
        if (Boolean.FALSE.equals(value) || value == null) {
            return actual == null || Boolean.FALSE.equals(actual);
        }
        if (actual == null) {
            return false;
        }
        if (actual instanceof Number a && value instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (actual instanceof Boolean a) {
            return a.equals(value instanceof Number n ? n.intValue() != 0 : value);
        }
        return actual.toString().equals(value.toString());
    }

    private static boolean in(Object actual, Collection<?> values) {
        return values.stream().anyMatch(v -> equal(actual, v));
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    private static boolean compare(Object actual, Object value, String operator) {
        if (actual == null || value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        int c = actual instanceof Number a && value instanceof Number b
                ? Double.compare(a.doubleValue(), b.doubleValue())
                : actual.toString().compareTo(value.toString());
        return switch (operator) {
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            default -> c <= 0;
        };
    }

    /** SQL LIKE: {@code %} any run, {@code _} one character. */
    private static boolean like(Object actual, String pattern, boolean ignoreCase) {
        if (actual == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '%') {
                regex.append(".*");
            } else if (ch == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(regex.toString(), flags)
                .matcher(actual.toString())
                .matches();
    }
}
