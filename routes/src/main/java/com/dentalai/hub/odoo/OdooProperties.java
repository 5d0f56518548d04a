package com.dentalai.hub.odoo;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The hub's Odoo settings (per-tenant connection details live in the tenants file).
 *
 * @param mappingsDir folder of operator-edited model mappings; files there win over the packaged ones
 * @param connectTimeout TCP connect timeout of every tenant's client
 * @param readTimeout how long one Odoo call may take before it counts as failed
 * @param slotClaimTtl how long a booking's claim on a slot outlives a crashed attempt; longer than
 *     the slowest re-check + create
 * @param alternatives how many free slots to offer when the wanted one is taken
 * @param alternativesDays how many days after the wanted slot to look for alternatives
 * @param validateOnStartup check every tenant's mapping against its Odoo at startup (logs problems,
 *     never stops the hub: one clinic's Odoo being down must not keep the others offline)
 */
@Validated
@ConfigurationProperties("hub.odoo")
public record OdooProperties(
        String mappingsDir,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @NotNull Duration slotClaimTtl,
        @Min(0) int alternatives,
        @Min(1) int alternativesDays,
        boolean validateOnStartup) {}
