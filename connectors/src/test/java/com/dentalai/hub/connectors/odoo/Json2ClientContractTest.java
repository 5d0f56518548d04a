package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;

/** The Odoo contract over JSON2. */
class Json2ClientContractTest extends OdooClientContract {

    @Override
    Transport transport() {
        return Transport.JSON2;
    }
}
