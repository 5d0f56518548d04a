package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.OdooClinicRecords;
import com.dentalai.hub.domain.clinic.ClinicRecords;
import com.dentalai.hub.domain.tenant.Tenant;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
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

    /** Numbers as staff type them in Israel; national numbers without a country code are Israeli. */
    static Optional<String> toE164(String raw) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber number = util.parse(raw, "IL");
            return util.isPossibleNumber(number)
                    ? Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
