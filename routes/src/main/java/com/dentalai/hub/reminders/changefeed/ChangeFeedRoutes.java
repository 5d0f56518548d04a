package com.dentalai.hub.reminders.changefeed;

import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.AppointmentMapping;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Odoo change feed: one polling route per tenant (so one clinic's Odoo being down or slow
 * never delays another's), reading the appointments changed since its cursor through the
 * tenant's mapping and publishing {@code AppointmentChanged} events. The cursor advances only
 * past records whose event was sent; a failed poll leaves it where it was.
 */
@Component
class ChangeFeedRoutes extends RouteBuilder {

    static final String SYSTEM_PRINCIPAL = "changefeed";
    static final String CURSOR = "changefeed";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedRoutes.class);

    private final ChangeFeedProperties properties;
    private final TenantDirectory tenants;
    private final MappingLoader mappings;
    private final AppointmentChangeDetector detector;
    private final ObjectMapper json;

    ChangeFeedRoutes(
            ChangeFeedProperties properties,
            TenantDirectory tenants,
            MappingLoader mappings,
            AppointmentChangeDetector detector,
            ObjectMapper json) {
        this.properties = properties;
        this.tenants = tenants;
        this.mappings = mappings;
        this.detector = detector;
        this.json = json;
    }

    static String routeId(String tenantId) {
        return "changefeed-" + tenantId;
    }

    @Override
    public void configure() throws Exception {
        if (!properties.enabled()) {
            return;
        }
        for (Tenant tenant : tenants.all()) {
            if (tenant.odoo() == null) {
                continue;
            }
            AppointmentMapping am;
            try {
                am = mappings.load(tenant.odoo().mapping()).appointment();
            } catch (RuntimeException e) {
                // one tenant's broken mapping must not keep the others' feeds from starting
                LOG.error("change feed for tenant {} not started: {}", tenant.id(), e.getMessage());
                continue;
            }
            from(pollUri(tenant.id(), am))
                    .routeId(routeId(tenant.id()))
                    .autoStartup(properties.autoStartup())
                    .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
                    .routeProperty(GatedRoutes.RUN_AS, SYSTEM_PRINCIPAL)
                    .routeProperty(GatedRoutes.TENANT, tenant.id())
                    .bean(detector, "detect")
                    .filter(body().isNotNull())
                    .to(ExchangePattern.InOnly, properties.endpointUri())
                    .end()
                    .bean(detector, "remember");
        }
    }

    private String pollUri(String tenantId, AppointmentMapping am) throws JsonProcessingException {
        return "odoo:" + am.model() + "?tenant=" + tenantId
                + "&fields=" + OdooAppointmentStates.fields(am)
                + "&domain="
                + URLEncoder.encode(json.writeValueAsString(OdooAppointmentStates.domain(am)), StandardCharsets.UTF_8)
                + "&cursorName=" + CURSOR
                + "&cursorOverlap=true"
                + "&limit=" + properties.batch()
                + "&delay=" + properties.interval().toMillis()
                + "&initialDelay=" + properties.interval().toMillis();
    }
}
