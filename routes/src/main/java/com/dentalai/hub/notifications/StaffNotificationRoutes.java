package com.dentalai.hub.notifications;

import com.dentalai.hub.connectors.odoo.OdooException;
import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.AppointmentMapping;
import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.gate.GatedRoutes;
import com.dentalai.hub.platform.idempotency.IdempotentRepositories;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Staff notifications from Odoo: per Odoo database, pollers over chatter messages (@mentions),
 * activities and appointments (assignments). Each changed record becomes zero or more staff
 * notices; each notice is filed once per Odoo fact (idempotent consumer) and once per event key
 * and window (the store). The cursor advances only past records whose notices were filed: when
 * Odoo is down, during the poll or while staff are looked up, the record is polled again.
 */
@Component
class StaffNotificationRoutes extends RouteBuilder {

    static final String SYSTEM_PRINCIPAL = "notifications";
    static final String MENTIONS_CURSOR = "notifications-mentions";
    static final String ACTIVITIES_CURSOR = "notifications-activities";
    static final String APPOINTMENTS_CURSOR = "notifications-appointments";
    static final String FILE = "direct:notifications-file";

    private static final Logger LOG = LoggerFactory.getLogger(StaffNotificationRoutes.class);
    private static final DateTimeFormatter ODOO_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final NotificationsProperties properties;
    private final SharedOdooDatabases databases;
    private final MappingLoader mappings;
    private final OdooStaffEvents events;
    private final StaffNotifier notifier;
    private final IdempotentRepositories repositories;
    private final ObjectMapper json;

    StaffNotificationRoutes(
            NotificationsProperties properties,
            SharedOdooDatabases databases,
            MappingLoader mappings,
            OdooStaffEvents events,
            StaffNotifier notifier,
            IdempotentRepositories repositories,
            ObjectMapper json) {
        this.properties = properties;
        this.databases = databases;
        this.mappings = mappings;
        this.events = events;
        this.notifier = notifier;
        this.repositories = repositories;
        this.json = json;
    }

    static String mentionsRoute(String tenantId) {
        return "notifications-mentions-" + tenantId;
    }

    static String activitiesRoute(String tenantId) {
        return "notifications-activities-" + tenantId;
    }

    static String appointmentsRoute(String tenantId) {
        return "notifications-appointments-" + tenantId;
    }

    @Override
    public void configure() throws Exception {
        if (!properties.enabled()) {
            return;
        }
        // a first start tells nobody about the clinic's history: only what happens from now on
        String since = LocalDateTime.now(Clock.systemUTC())
                .truncatedTo(ChronoUnit.SECONDS)
                .format(ODOO_DATETIME);
        for (Tenant tenant : databases.pollers()) {
            poller(tenant, "mail.message", OdooStaffEvents.MESSAGE_FIELDS, mentionDomain(), MENTIONS_CURSOR, since)
                    .routeId(mentionsRoute(tenant.id()))
                    .bean(events, "mentions")
                    .to(FILE);
            poller(
                            tenant,
                            "mail.activity",
                            OdooStaffEvents.ACTIVITY_FIELDS,
                            userSetDomain("user_id"),
                            ACTIVITIES_CURSOR,
                            since)
                    .routeId(activitiesRoute(tenant.id()))
                    .bean(events, "activity")
                    .to(FILE);
            appointments(tenant, since);
        }
        from(FILE)
                .routeId("notifications-file")
                .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
                .split(body())
                .stopOnException()
                .idempotentConsumer(simple("${body.sourceKey}"), repositories.forProcessor("staff-notices"))
                .bean(notifier, "file");
    }

    private void appointments(Tenant tenant, String since) throws JsonProcessingException {
        String userField = properties.appointmentUserField();
        if (userField == null || userField.isBlank()) {
            return;
        }
        AppointmentMapping am;
        try {
            am = mappings.load(tenant.odoo().mapping()).appointment();
        } catch (RuntimeException e) {
            // one tenant's broken mapping must not keep the others' notifications from starting
            LOG.error("appointment assignments for tenant {} not polled: {}", tenant.id(), e.getMessage());
            return;
        }
        List<Object> domain = new ArrayList<>(am.filter());
        domain.addAll(userSetDomain(userField));
        poller(tenant, am.model(), OdooStaffEvents.appointmentFields(userField), domain, APPOINTMENTS_CURSOR, since)
                .routeId(appointmentsRoute(tenant.id()))
                .bean(events, "appointment")
                .to(FILE);
    }

    /**
     * One tenant's poller. Odoo failing while the route looks staff up is not retried here nor
     * parked as a dead letter: the record fails, so the cursor stays before it and the next poll
     * reads it again.
     */
    private RouteDefinition poller(
            Tenant tenant, String model, String fields, List<Object> domain, String cursor, String since)
            throws JsonProcessingException {
        RouteDefinition route = from("odoo:" + model + "?tenant=" + tenant.id()
                        + "&fields=" + fields
                        + "&domain=" + URLEncoder.encode(json.writeValueAsString(domain), StandardCharsets.UTF_8)
                        + "&cursorName=" + cursor
                        + "&since=RAW(" + since + ")"
                        + "&limit=" + properties.batch()
                        + "&delay=" + properties.interval().toMillis()
                        + "&initialDelay=" + properties.interval().toMillis())
                .autoStartup(properties.autoStartup())
                .routeProperty(GatedRoutes.PERMISSION, "SCHEDULER_RUN")
                .routeProperty(GatedRoutes.RUN_AS, SYSTEM_PRINCIPAL)
                .routeProperty(GatedRoutes.TENANT, tenant.id());
        route.onException(OdooException.class)
                .maximumRedeliveries(0)
                .handled(false)
                .end();
        return route;
    }

    /** Comments (notes and messages) that have recipients: mentions are among them. */
    private static List<Object> mentionDomain() {
        return List.of(List.of("message_type", "=", "comment"), List.of("partner_ids", "!=", false));
    }

    private static List<Object> userSetDomain(String userField) {
        return List.of(List.of(userField, "!=", false));
    }
}
