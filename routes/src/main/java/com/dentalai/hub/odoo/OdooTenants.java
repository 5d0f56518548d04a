package com.dentalai.hub.odoo;

import com.dentalai.hub.domain.tenant.Tenant;
import java.util.Optional;

/** Where the Odoo module finds a tenant's settings (backed by the tenant directory). */
@FunctionalInterface
public interface OdooTenants {

    Optional<Tenant> find(String tenantId);
}
