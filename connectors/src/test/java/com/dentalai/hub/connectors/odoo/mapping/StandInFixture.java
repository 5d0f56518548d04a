package com.dentalai.hub.connectors.odoo.mapping;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.OdooConnection;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.domain.phone.PhoneNumbers;
import java.time.Clock;
import java.util.Optional;

/** A stand-in Odoo and clinic records on it through a packaged mapping. */
final class StandInFixture implements AutoCloseable {

    final OdooStandInServer odoo = new OdooStandInServer().start();
    final OdooClient client;
    final OdooMapping mapping;
    final OdooClinicRecords records;

    StandInFixture(String mappingName) {
        client = new OdooClientFactory()
                .create(OdooConnection.xmlRpc("t-" + mappingName, odoo.url(), odoo.database(), "admin", "admin"));
        mapping = new MappingLoader(null).load(mappingName);
        records = new OdooClinicRecords(mapping, client, StandInFixture::toE164, Clock.systemUTC());
    }

    static Optional<String> toE164(String raw) {
        return PhoneNumbers.toE164(raw);
    }

    @Override
    public void close() {
        odoo.close();
    }
}
