package com.dentalai.hub.connectors.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.connectors.odoo.OdooException.Kind;
import com.dentalai.hub.connectors.odoo.OdooFaultTranslator.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The observed fault table, row by row, for each transport's way of saying it. */
class OdooFaultTranslatorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2 | Record does not exist or has been deleted.\\n(Record: res.partner(999,), User: 2) | NOT_FOUND
            2 | The ending date and time cannot be earlier than the starting date and time.     | VALIDATION
            2 | The operation cannot be completed:\\n- Create/update: a mandatory field is not set. | VALIDATION
            2 | Object no.such.model doesn't exist                                              | UNKNOWN_MODEL
            1 | Traceback (most recent call last):\\n  File x\\nValueError: Invalid field 'x' on model 'res.partner' | BAD_FIELD
            1 | ValueError: Wrong value for calendar.event.show_as: 'bogus'                      | VALIDATION
            3 | Access Denied                                                                   | AUTH
            4 | You are not allowed to create 'Contact' (res.partner) records.                  | ACCESS
            1 | Traceback (most recent call last):\\nZeroDivisionError: division by zero         | SERVER
            """)
    void xmlRpcFaults(int code, String faultString, Kind kind) {
        OdooException e = OdooFaultTranslator.translateXmlRpcFault("m", "f", code, faultString.replace("\\n", "\n"));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.faultCode()).contains(code);
        assertThat(e.getMessage()).isEqualTo("Odoo " + kind + " on m.f (fault " + code + ")");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            odoo.exceptions.MissingError    | Record does not exist or has been deleted. | NOT_FOUND
            odoo.exceptions.AccessDenied    | Access Denied                              | AUTH
            odoo.exceptions.AccessError     | You are not allowed to modify 'Contact'    | ACCESS
            odoo.exceptions.ValidationError | Contacts require a name                    | VALIDATION
            odoo.exceptions.UserError       | Object no.such.model doesn't exist         | UNKNOWN_MODEL
            odoo.exceptions.UserError       | You cannot do that                         | VALIDATION
            builtins.ValueError             | Invalid field 'x' on model 'y'             | BAD_FIELD
            builtins.ValueError             | Invalid field res.partner.foo in leaf ('foo', '=', 1) | BAD_FIELD
            builtins.ValueError             | Wrong value for calendar.event.show_as: 'bogus' | VALIDATION
            """)
    void jsonRpcErrorsByName(String name, String message, Kind kind) {
        assertThat(OdooFaultTranslator.translate("m", "f", new Fault(null, name, message, null))
                        .kind())
                .isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            401 | werkzeug.exceptions.Unauthorized | Invalid apikey                     | AUTH
            403 | odoo.exceptions.AccessError      | You are not allowed to create      | ACCESS
            404 | odoo.exceptions.MissingError     | Record does not exist or has been deleted. | NOT_FOUND
            404 | werkzeug.exceptions.NotFound     | 404 Not Found                      | UNKNOWN_MODEL
            422 | odoo.exceptions.ValidationError  | bad                                | VALIDATION
            502 |                                  | HTTP 502                           | TRANSPORT
            503 |                                  | HTTP 503                           | TRANSPORT
            504 |                                  | HTTP 504                           | TRANSPORT
            500 | builtins.ZeroDivisionError       | division by zero                   | SERVER
            """)
    void json2ByStatusAndName(int status, String name, String message, Kind kind) {
        OdooException e = OdooFaultTranslator.translate("m", "f", new Fault(null, name, message, status));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.maybeDelivered()).isEqualTo(status == 504);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ValueError: Invalid field 'patient_nam' on model 'patient.patient' | patient_nam
            Invalid field res.partner.mobil in leaf ('mobil', '=', 1)         | mobil
            """)
    void badFieldNameIsParsedOut(String text, String field) {
        assertThat(OdooFaultTranslator.badField(text)).isEqualTo(field);
    }
}
