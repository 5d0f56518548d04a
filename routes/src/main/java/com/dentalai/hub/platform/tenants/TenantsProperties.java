package com.dentalai.hub.platform.tenants;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the tenants come from ({@code hub.tenants.*}).
 *
 * @param file the tenants YAML ({@code HUB_TENANTS_FILE}), relative to the working directory;
 *     upserted on every start. A missing file is logged and the tenants already stored are kept.
 * @param schema the JSON Schema the file is checked against (shipped as config/tenants.schema.json)
 * @param odooUrlOverride demo only: when set, every tenant's {@code odoo.url} is replaced by it in
 *     memory (the demo launcher's sandbox Odoo); refused in the {@code prod} profile
 */
@Validated
@ConfigurationProperties("hub.tenants")
public record TenantsProperties(@NotBlank String file, @NotBlank String schema, String odooUrlOverride) {

    public boolean overridesOdooUrl() {
        return odooUrlOverride != null && !odooUrlOverride.isBlank();
    }
}
