package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;

/** The Odoo contract over XMLRPC. */
class XmlRpcClientContractTest extends OdooClientContract {

    @Override
    Transport transport() {
        return Transport.XMLRPC;
    }
}
