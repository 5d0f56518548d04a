package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.OdooConnection;
import com.dentalai.hub.connectors.odoo.camel.OdooClientProvider;
import com.dentalai.hub.domain.tenant.OdooSettings;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One Odoo client per tenant, built from the tenant's {@code odoo} settings with the secret read
 * from the environment variable the tenant file names ({@code password-env} / {@code
 * api-key-env}). Clients are cached (each keeps its login and HTTP connections) and rebuilt when
 * the tenant's settings or secret change. Also the {@code odoo:} component's client provider.
 */
@Component
public class OdooClients implements OdooClientProvider {

    private final OdooClientFactory factory;
    private final Environment environment;
    private final OdooProperties properties;
    private final TenantDirectory tenants;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    OdooClients(
            OdooClientFactory factory, Environment environment, OdooProperties properties, TenantDirectory tenants) {
        this.factory = factory;
        this.environment = environment;
        this.properties = properties;
        this.tenants = tenants;
    }

    /** The client for {@code tenant}, rebuilt when its Odoo settings or secret changed. */
    public OdooClient clientFor(Tenant tenant) {
        OdooSettings settings = tenant.odoo();
        String secret = secretOf(settings);
        Cached cached = cache.compute(tenant.id(), (id, old) -> {
            if (old != null && old.settings().equals(settings) && old.secret().equals(secret)) {
                return old;
            }
            return new Cached(settings, secret, factory.create(connection(tenant.id(), settings, secret)));
        });
        return cached.client();
    }

    @Override
    public OdooClient clientFor(String tenantId) {
        return clientFor(tenant(tenantId));
    }

    /** The tenant's settings, or a setup error naming the unknown tenant. */
    public Tenant tenant(String tenantId) {
        return tenants.find(tenantId).orElseThrow(() -> new OdooSetupException("unknown tenant '" + tenantId + "'"));
    }

    /** Drops a tenant's client, e.g. after its settings were edited. */
    public void forget(String tenantId) {
        cache.remove(tenantId);
    }

    /** The secret the tenant's settings point at; a setup error names the variable when it is unset. */
    String secretOf(OdooSettings settings) {
        String name = settings.credentialEnv();
        if (name == null || name.isBlank()) {
            throw new OdooSetupException("the tenant's odoo settings name no password-env or api-key-env");
        }
        String value = environment.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new OdooSetupException("environment variable " + name + " (odoo "
                    + (settings.apiKeyEnv() != null ? "api-key-env" : "password-env") + ") is not set");
        }
        return value;
    }

    private OdooConnection connection(String tenantId, OdooSettings settings, String secret) {
        OdooConnection.Transport transport = settings.transport() == OdooSettings.Transport.JSON2
                ? OdooConnection.Transport.JSON2
                : OdooConnection.Transport.XMLRPC;
        return new OdooConnection(
                tenantId,
                URI.create(settings.url()),
                settings.database(),
                settings.username(),
                secret,
                settings.companyId() == null ? null : settings.companyId().longValue(),
                transport,
                properties.connectTimeout(),
                properties.readTimeout());
    }

    private record Cached(OdooSettings settings, String secret, OdooClient client) {

        Cached {
            Objects.requireNonNull(client, "client");
        }

        @Override
        public String toString() {
            return "Cached[" + settings + "]";
        }
    }
}
