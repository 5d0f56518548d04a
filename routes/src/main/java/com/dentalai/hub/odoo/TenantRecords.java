package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.OdooClinicRecords;
import com.dentalai.hub.connectors.odoo.mapping.OdooInvoicePayments;
import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.phone.PhoneNumbers;
import com.dentalai.hub.domain.tenant.Tenant;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A tenant's clinic records: its Odoo client read through its mapping. */
@Component
public class TenantRecords {

    private final OdooClients clients;
    private final MappingLoader mappings;

    TenantRecords(OdooClients clients, MappingLoader mappings) {
        this.clients = clients;
        this.mappings = mappings;
    }

    public ClinicRecords forTenant(Tenant tenant) {
        return new OdooClinicRecords(
                mappings.load(tenant.odoo().mapping()),
                clients.clientFor(tenant),
                TenantRecords::toE164,
                Clock.systemUTC());
    }

    public ClinicRecords forTenant(String tenantId) {
        return forTenant(clients.tenant(tenantId));
    }

    /** The tenant's Odoo accounting as Yosef's billing tool uses it (open invoices, payments). */
    public OdooInvoicePayments invoicePayments(String tenantId, String currency) {
        Tenant tenant = clients.tenant(tenantId);
        return new OdooInvoicePayments(mappings.load(tenant.odoo().mapping()), clients.clientFor(tenant), currency);
    }

    /** Numbers as staff type them; national numbers without a country code are Israeli. */
    static Optional<String> toE164(String raw) {
        return PhoneNumbers.toE164(raw);
    }
}
