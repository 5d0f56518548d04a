package com.dentalai.hub.connectors.odoo.standin;

/** An error the stand-in ORM raises, named after the Python exception Odoo would raise. */
final class StandInFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Type {
        MISSING("odoo.exceptions.MissingError", 2, 404),
        VALIDATION("odoo.exceptions.ValidationError", 2, 422),
        USER("odoo.exceptions.UserError", 2, 422),
        VALUE("builtins.ValueError", 1, 500),
        ATTRIBUTE("builtins.AttributeError", 1, 500),
        ACCESS_DENIED("odoo.exceptions.AccessDenied", 3, 401),
        ACCESS("odoo.exceptions.AccessError", 4, 403);

        final String pythonName;
        final int xmlRpcCode;
        final int httpStatus;

        Type(String pythonName, int xmlRpcCode, int httpStatus) {
            this.pythonName = pythonName;
            this.xmlRpcCode = xmlRpcCode;
            this.httpStatus = httpStatus;
        }
    }

    final Type type;
    /** Like "only the message" for {@code traceback=false} code-1 faults (selection errors). */
    final boolean bareFaultString;

    StandInFault(Type type, String message) {
        this(type, message, false);
    }

    StandInFault(Type type, String message, boolean bareFaultString) {
        super(message);
        this.type = type;
        this.bareFaultString = bareFaultString;
    }

    static StandInFault invalidField(String field, String model) {
        return new StandInFault(Type.VALUE, "Invalid field '" + field + "' on model '" + model + "'");
    }

    /** The XML-RPC faultString: code-1 faults carry a Python traceback ending with the error line. */
    String faultString() {
        if (type.xmlRpcCode != 1 || bareFaultString) {
            return type.xmlRpcCode == 1 ? shortName() + ": " + getMessage() : getMessage();
        }
        return traceback();
    }

    String traceback() {
        return "Traceback (most recent call last):\n"
                + "  File \"/usr/lib/python3/dist-packages/odoo/addons/base/controllers/rpc.py\", line 153, in xmlrpc_2\n"
                + "    response = self._xmlrpc(service)\n"
                + "  File \"/usr/lib/python3/dist-packages/odoo/service/model.py\", line 156, in execute_kw\n"
                + "    return execute(db, uid, obj, method, *args, **kw or {})\n"
                + "  File \"/usr/lib/python3/dist-packages/odoo/models.py\", line 3100, in _check_field\n"
                + "    raise " + shortName() + "(msg)\n"
                + shortName() + ": " + getMessage();
    }

    private String shortName() {
        return type.pythonName.substring(type.pythonName.lastIndexOf('.') + 1);
    }
}
