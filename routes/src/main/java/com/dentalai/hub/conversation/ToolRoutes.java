package com.dentalai.hub.conversation;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Dana's tools, one gated route each, so every look-up and change in the clinic's records is
 * authorised and audited on its own. Reads need ODOO_READ, changes ODOO_WRITE: the channels' system
 * principals hold exactly those (PermissionMatrix), staff roles reach Odoo through their own APIs.
 */
@Component
class ToolRoutes extends RouteBuilder {

    static final String FIND_SLOTS = "direct:tool-find-slots";
    static final String PRACTITIONERS = "direct:tool-practitioners";
    static final String BOOK = "direct:tool-book";
    static final String CANCEL = "direct:tool-cancel";
    static final String MY_APPOINTMENTS = "direct:tool-my-appointments";
    static final String FIND_PATIENT = "direct:tool-find-patient";
    static final String REGISTER_PATIENT = "direct:tool-register-patient";
    static final String HANDOVER = "direct:tool-handover";

    private final ClinicTools tools;

    ToolRoutes(ClinicTools tools) {
        this.tools = tools;
    }

    @Override
    public void configure() {
        tool(FIND_SLOTS, "ODOO_READ", "findSlots");
        tool(PRACTITIONERS, "ODOO_READ", "practitioners");
        tool(MY_APPOINTMENTS, "ODOO_READ", "myAppointments");
        tool(FIND_PATIENT, "ODOO_READ", "findPatient");
        tool(BOOK, "ODOO_WRITE", "book");
        tool(CANCEL, "ODOO_WRITE", "cancel");
        tool(REGISTER_PATIENT, "ODOO_WRITE", "registerPatient");
        tool(HANDOVER, "ODOO_WRITE", "handover");
    }

    private void tool(String uri, String permission, String method) {
        from(uri)
                .routeId(uri.substring("direct:".length()))
                .routeProperty(GatedRoutes.PERMISSION, permission)
                .bean(tools, method);
    }
}
