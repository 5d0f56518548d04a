package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.OdooConnection;
import com.dentalai.hub.connectors.odoo.OdooException;
import com.dentalai.hub.connectors.odoo.mapping.MappingException;
import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.MappingValidator;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping;
import com.dentalai.hub.domain.tenant.OdooSettings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.dentalai.hub.platform.tenants.UnknownTenantException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tries a tenant's Odoo step by step — reach it, log in, fit the mapping — and reports what is
 * wrong instead of failing on the first thing: an unreachable URL, bad credentials, a missing
 * environment variable, a missing model or field.
 */
@Component
public class OdooCheck {

    private final TenantDirectory tenants;
    private final OdooClients clients;
    private final OdooClientFactory factory;
    private final MappingLoader mappings;
    private final MappingValidator validator;

    OdooCheck(
            TenantDirectory tenants,
            OdooClients clients,
            OdooClientFactory factory,
            MappingLoader mappings,
            MappingValidator validator) {
        this.tenants = tenants;
        this.clients = clients;
        this.factory = factory;
        this.mappings = mappings;
        this.validator = validator;
    }

    public OdooCheckReport check(String tenantId) {
        return checkTenant(tenants.find(tenantId).orElseThrow(() -> new UnknownTenantException(tenantId)));
    }

    OdooCheckReport checkTenant(Tenant tenant) {
        OdooSettings settings = tenant.odoo();
        List<String> problems = new ArrayList<>();

        mappings.reload(); // an operator who just fixed the file wants the fix checked
        OdooMapping mapping = null;
        try {
            mapping = mappings.load(settings.mapping());
        } catch (MappingException e) {
            problems.addAll(e.problems());
        }

        OdooClient client;
        boolean secretMissing = false;
        try {
            try {
                client = clients.clientFor(tenant);
            } catch (OdooSetupException e) {
                problems.add(e.getMessage());
                secretMissing = true;
                // the version call needs no credentials: still say whether the server answers
                client = factory.create(new OdooConnection(
                        tenant.id(),
                        URI.create(settings.url()),
                        settings.database(),
                        settings.username(),
                        "",
                        null,
                        OdooConnection.Transport.XMLRPC,
                        null,
                        null));
            }
        } catch (IllegalArgumentException e) {
            problems.add("odoo.url '" + settings.url() + "' is not an http(s) URL of an Odoo server");
            return new OdooCheckReport(tenant.id(), false, null, false, settings.mapping(), problems);
        }

        String version = null;
        try {
            Map<String, Object> answer = client.version();
            Object v = answer.get("server_version");
            version = v == null ? null : v.toString();
        } catch (OdooException e) {
            problems.add(unreachable(settings, e));
            return new OdooCheckReport(tenant.id(), false, null, false, settings.mapping(), problems);
        }
        if (secretMissing) {
            return new OdooCheckReport(tenant.id(), true, version, false, settings.mapping(), problems);
        }

        try {
            client.authenticate();
        } catch (OdooException e) {
            problems.add(loginRefused(settings, e));
            return new OdooCheckReport(tenant.id(), true, version, false, settings.mapping(), problems);
        }

        if (mapping != null) {
            try {
                problems.addAll(validator.validate(mapping, client));
            } catch (OdooException e) {
                problems.add("the mapping could not be checked: Odoo answered " + e.kind() + " on " + e.model() + "."
                        + e.method());
            }
        }
        return new OdooCheckReport(tenant.id(), true, version, true, settings.mapping(), problems);
    }

    private static String unreachable(OdooSettings settings, OdooException e) {
        return switch (e.kind()) {
            case UNAVAILABLE -> "Odoo at " + settings.url()
                    + " failed repeatedly; the hub is not calling it for a while" + " (circuit breaker open)";
            case TRANSPORT -> "Odoo at " + settings.url() + " is not reachable (" + e.operatorMessage() + ")";
            default -> "the server at " + settings.url() + " does not answer like Odoo (" + e.kind() + ")";
        };
    }

    private static String loginRefused(OdooSettings settings, OdooException e) {
        if (e.operatorMessage().contains("database \"" + settings.database() + "\" does not exist")) {
            return "Odoo has no database '" + settings.database() + "' (odoo.database)";
        }
        if (e.kind() == OdooException.Kind.AUTH) {
            return "Odoo refused the login '" + settings.username() + "' on database '" + settings.database()
                    + "': wrong password or API key in " + settings.credentialEnv() + ", or no such database";
        }
        return "logging in to Odoo failed: " + e.kind() + " on " + e.model() + "." + e.method();
    }
}
