package com.dentalai.hub.connectors.odoo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * An Odoo search domain in prefix notation: leaves {@code [field, operator, value]} combined with
 * {@code "&"}, {@code "|"}, {@code "!"}. Immutable; {@link #toList()} is what goes on the wire.
 *
 * <pre>{@code
 * OdooDomain.where("name", "ilike", "smile").and(OdooDomain.where("active", "=", true))
 * OdooDomain.or(OdooDomain.where("phone", "=", p), OdooDomain.where("mobile", "=", p))
 * }</pre>
 */
public final class OdooDomain {

    static final Set<String> OPERATORS = Set.of(
            "=",
            "!=",
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

    private static final OdooDomain ALL = new OdooDomain(List.of());

    private final List<Object> terms;

    private OdooDomain(List<Object> terms) {
        this.terms = List.copyOf(terms);
    }

    /** The empty domain: every record. */
    public static OdooDomain all() {
        return ALL;
    }

    /** One leaf {@code [field, operator, value]}; the value goes through {@link OdooValues#toOdoo}. */
    public static OdooDomain where(String field, String operator, Object value) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("field is required");
        }
        if (!OPERATORS.contains(operator)) {
            throw new IllegalArgumentException("unsupported domain operator: " + operator);
        }
        Object wire = value instanceof Collection<?> || value instanceof Object[]
                ? OdooValues.toOdoo(value)
                : (value == null ? Boolean.FALSE : OdooValues.toOdoo(value));
        List<Object> leaf = new ArrayList<>(3);
        leaf.add(field);
        leaf.add(operator);
        leaf.add(wire);
        return new OdooDomain(List.of(List.copyOf(leaf)));
    }

    public static OdooDomain and(OdooDomain... parts) {
        return combine("&", parts);
    }

    public static OdooDomain or(OdooDomain... parts) {
        return combine("|", parts);
    }

    public static OdooDomain not(OdooDomain part) {
        if (part.isAll()) {
            throw new IllegalArgumentException("cannot negate the empty domain");
        }
        List<Object> out = new ArrayList<>();
        out.add("!");
        out.addAll(part.terms);
        return new OdooDomain(out);
    }

    public OdooDomain and(OdooDomain other) {
        return and(this, other);
    }

    public OdooDomain or(OdooDomain other) {
        return or(this, other);
    }

    public boolean isAll() {
        return terms.isEmpty();
    }

    /** The prefix-notation list as Odoo reads it. */
    public List<Object> toList() {
        return terms;
    }

    private static OdooDomain combine(String operator, OdooDomain... parts) {
        List<OdooDomain> nonEmpty = new ArrayList<>();
        for (OdooDomain part : parts) {
            if (!part.isAll()) {
                nonEmpty.add(part);
            }
        }
        if (nonEmpty.isEmpty()) {
            return ALL;
        }
        List<Object> out = new ArrayList<>();
        // n operands need n-1 binary operators in front
        for (int i = 1; i < nonEmpty.size(); i++) {
            out.add(operator);
        }
        nonEmpty.forEach(part -> out.addAll(part.terms));
        return new OdooDomain(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OdooDomain other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        // leaf values can be phone numbers or names: show the shape only
        StringBuilder sb = new StringBuilder("OdooDomain[");
        for (Object term : terms) {
            if (term instanceof List<?> leaf) {
                sb.append('(')
                        .append(leaf.get(0))
                        .append(' ')
                        .append(leaf.get(1))
                        .append(" ?)");
            } else {
                sb.append(term);
            }
            sb.append(' ');
        }
        return sb.toString().trim() + "]";
    }
}
