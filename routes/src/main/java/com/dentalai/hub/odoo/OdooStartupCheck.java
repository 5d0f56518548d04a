package com.dentalai.hub.odoo;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the Odoo check for every tenant once the hub is up and logs what is wrong, so a broken
 * mapping or password shows in the log at startup rather than on a patient's first booking. It
 * runs on its own thread and never stops the hub: one clinic's Odoo being down must not keep the
 * others offline. Problems name keys, models and variables only (no secrets, no PHI).
 */
@Component
class OdooStartupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(OdooStartupCheck.class);

    private final OdooProperties properties;
    private final TenantDirectory tenants;
    private final OdooCheck check;

    OdooStartupCheck(OdooProperties properties, TenantDirectory tenants, OdooCheck check) {
        this.properties = properties;
        this.tenants = tenants;
        this.check = check;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAll() {
        if (!properties.validateOnStartup()) {
            return;
        }
        Thread worker = new Thread(this::run, "odoo-startup-check");
        worker.setDaemon(true);
        worker.start();
    }

    private void run() {
        for (Tenant tenant : tenants.hierarchy().all()) {
            try {
                OdooCheckReport report = check.checkTenant(tenant);
                if (report.ok()) {
                    LOG.info(
                            "Odoo of tenant {} is reachable, logged in, mapping '{}' fits",
                            tenant.id(),
                            report.mapping());
                } else {
                    LOG.warn("Odoo of tenant {} has problems: {}", tenant.id(), report.problems());
                }
            } catch (RuntimeException e) {
                LOG.warn("Odoo check of tenant {} failed: {}", tenant.id(), e.getMessage());
            }
        }
    }
}
