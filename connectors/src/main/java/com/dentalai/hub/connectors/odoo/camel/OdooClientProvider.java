package com.dentalai.hub.connectors.odoo.camel;

import com.dentalai.hub.connectors.odoo.OdooClient;

/**
 * Where the {@code odoo:} component gets a tenant's client. The application implements it from
 * its tenants (URL, database, login, and the secret from the environment variable the tenant file
 * names), so no endpoint URI or route ever carries a credential.
 */
public interface OdooClientProvider {

    /** The client for {@code tenantId}; throws {@link IllegalArgumentException} for an unknown tenant. */
    OdooClient clientFor(String tenantId);
}
