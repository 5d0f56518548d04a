package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooException.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Odoo sent back (XML-RPC faultCode + faultString, JSON-RPC {@code data.name}, JSON-2
 * HTTP status + {@code name}) into an {@link OdooException} of one {@link Kind}, following the
 * observed fault table (docs: ODOO-FACTS): code 3 Access Denied, 4 access rights, 2 with the
 * missing-record / unknown-model / validation texts, 1 with a Python traceback.
 */
public final class OdooFaultTranslator {

    private static final Pattern INVALID_FIELD = Pattern.compile("Invalid field '([^']+)' on model '([^']+)'");
    // Odoo 17's domain parser says it differently: "Invalid field res.partner.foo in leaf (...)"
    private static final Pattern INVALID_FIELD_IN_LEAF = Pattern.compile("Invalid field ([\\w.]+?)\\.(\\w+) in leaf");
    private static final Pattern UNKNOWN_MODEL = Pattern.compile("Object (\\S+) doesn't exist");
    private static final int MAX_OPERATOR_MESSAGE = 4000;

    private OdooFaultTranslator() {}

    /** What a transport received, before we decide what it means. */
    record Fault(Integer code, String name, String message, Integer httpStatus) {}

    static OdooException translate(String model, String method, Fault fault) {
        String text = fault.message() == null ? "" : fault.message();
        String name = fault.name() == null ? "" : fault.name();
        Integer code = fault.code() != null ? fault.code() : fault.httpStatus();
        String badField = badField(text);
        Kind kind = kindOf(fault, text, name, badField);
        // a 504 means the gateway gave up waiting: Odoo may still have done the work
        boolean maybeDelivered = fault.httpStatus() != null && fault.httpStatus() == 504;
        return new OdooException(
                kind, model, method, operatorText(text), code, emptyToNull(name), badField, null, maybeDelivered);
    }

    /** For tests and routes that hold a raw XML-RPC fault. */
    public static OdooException translateXmlRpcFault(String model, String method, int faultCode, String faultString) {
        return translate(model, method, new Fault(faultCode, null, faultString, null));
    }

    private static Kind kindOf(Fault fault, String text, String name, String badField) {
        Integer status = fault.httpStatus();
        if (status != null && (status == 502 || status == 503 || status == 504)) {
            return Kind.TRANSPORT;
        }
        int code = fault.code() == null ? -1 : fault.code();
        if (code == 3
                || name.endsWith("AccessDenied")
                || (status != null && status == 401)
                || text.startsWith("Access Denied")) {
            return Kind.AUTH;
        }
        if (code == 4 || name.endsWith("AccessError") || text.startsWith("You are not allowed")) {
            return Kind.ACCESS;
        }
        if (name.endsWith("MissingError") || text.startsWith("Record does not exist or has been deleted")) {
            return Kind.NOT_FOUND;
        }
        if (UNKNOWN_MODEL.matcher(text).find() || (status != null && status == 404 && name.contains("NotFound"))) {
            return Kind.UNKNOWN_MODEL;
        }
        if (badField != null) {
            return Kind.BAD_FIELD;
        }
        if (code == 2
                || name.endsWith("ValidationError")
                || name.endsWith("UserError")
                || text.contains("Wrong value for")
                || (status != null && status == 422)) {
            return Kind.VALIDATION;
        }
        if (status != null && status == 403) {
            return Kind.ACCESS;
        }
        return Kind.SERVER;
    }

    static String badField(String text) {
        Matcher m = INVALID_FIELD.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        Matcher leaf = INVALID_FIELD_IN_LEAF.matcher(text);
        return leaf.find() ? leaf.group(2) : null;
    }

    /** Keep the end of a traceback (where Python puts the error line), bounded for log storage. */
    private static String operatorText(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= MAX_OPERATOR_MESSAGE
                ? trimmed
                : "…" + trimmed.substring(trimmed.length() - MAX_OPERATOR_MESSAGE);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
