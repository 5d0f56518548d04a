package com.dentalai.hub.connectors.odoo.camel;

import com.dentalai.hub.connectors.odoo.OdooDomain;
import java.util.Iterator;
import java.util.List;

/**
 * An Odoo domain as integrators write it (prefix notation, JSON) into an {@link OdooDomain}, so
 * its operators are checked before anything goes on the wire. Top-level terms are AND-ed, as in
 * Odoo.
 */
final class DomainParser {

    private DomainParser() {}

    static OdooDomain parse(List<?> terms) {
        Iterator<?> it = terms.iterator();
        OdooDomain result = OdooDomain.all();
        while (it.hasNext()) {
            result = result.and(next(it));
        }
        return result;
    }

    private static OdooDomain next(Iterator<?> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException("odoo: domain ends after an operator");
        }
        Object term = it.next();
        if ("&".equals(term)) {
            return OdooDomain.and(next(it), next(it));
        }
        if ("|".equals(term)) {
            return OdooDomain.or(next(it), next(it));
        }
        if ("!".equals(term)) {
            return OdooDomain.not(next(it));
        }
        if (term instanceof List<?> leaf && leaf.size() == 3 && leaf.get(0) instanceof String field) {
            return OdooDomain.where(field, String.valueOf(leaf.get(1)), leaf.get(2));
        }
        throw new IllegalArgumentException(
                "odoo: domain term is neither '&', '|', '!' nor a [field, operator, value] leaf");
    }
}
