package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;

/** The Odoo contract over JSONRPC. */
class JsonRpcClientContractTest extends OdooClientContract {

    @Override
    Transport transport() {
        return Transport.JSONRPC;
    }
}
