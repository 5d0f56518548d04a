package com.dentalai.hub.platform.tenants;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.domain.tenant.TenantHierarchy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The tenants the hub serves, and how they nest: read once after the bootstrap, kept as an
 * immutable snapshot ({@link #reload()} after a change). Everyone who needs a tenant asks here.
 */
@Component
public class TenantDirectory {

    private final TenantStore store;
    private final String odooUrlOverride;
    private volatile TenantHierarchy snapshot;

    TenantDirectory(TenantStore store, TenantBootstrap bootstrap, TenantsProperties props, Environment env) {
        this.store = store;
        if (props.overridesOdooUrl() && env.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("hub.tenants.odoo-url-override is for the demo only, not the prod profile");
        }
        this.odooUrlOverride = props.overridesOdooUrl() ? props.odooUrlOverride() : null;
        reload();
    }

    /** Re-reads the tenants from the database. */
    public final void reload() {
        ObjectMapper json = new ObjectMapper();
        List<Tenant> tenants = new ArrayList<>();
        for (TenantStore.Row row : store.all()) {
            try {
                JsonNode config = json.readTree(row.configJson());
                if (odooUrlOverride != null && config instanceof ObjectNode o) {
                    o.withObjectProperty("odoo").put("url", odooUrlOverride);
                }
                tenants.add(TenantsFile.toTenant(config));
            } catch (IOException e) {
                throw new UncheckedIOException("Stored tenant " + row.id() + " no longer maps", e);
            }
        }
        this.snapshot = new TenantHierarchy(tenants);
    }

    public TenantHierarchy hierarchy() {
        return snapshot;
    }

    public Optional<Tenant> find(String id) {
        return snapshot.find(id);
    }

    /** The tenant, or a 404 problem when the hub does not know it. */
    public Tenant require(String id) {
        return snapshot.find(id).orElseThrow(() -> new UnknownTenantException(id));
    }

    public Collection<Tenant> all() {
        return snapshot.all();
    }
}
