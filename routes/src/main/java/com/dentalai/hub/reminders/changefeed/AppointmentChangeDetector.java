package com.dentalai.hub.reminders.changefeed;

import com.dentalai.hub.connectors.odoo.camel.OdooConstants;
import com.dentalai.hub.connectors.odoo.mapping.MappingLoader;
import com.dentalai.hub.connectors.odoo.mapping.OdooMapping.AppointmentMapping;
import com.dentalai.hub.domain.clinic.AppointmentChanged;
import com.dentalai.hub.domain.clinic.AppointmentState;
import com.dentalai.hub.odoo.OdooClients;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Turns one changed Odoo record into an {@link AppointmentChanged} event (or none) by comparing
 * it with the last state the feed saw; {@link #remember} stores the new state once the event is
 * on its way, so a failed send is detected again on the next poll.
 */
@Component
class AppointmentChangeDetector {

    static final String STATE = "changefeedState";
    static final String TENANT = "changefeedTenant";
    static final String HEADER_TENANT = "HubTenant";
    static final String HEADER_REF = "HubAppointmentRef";
    static final String HEADER_KIND = "HubChangeKind";

    private final AppointmentSnapshots snapshots;
    private final MappingLoader mappings;
    private final OdooClients clients;
    private final ObjectMapper json;

    AppointmentChangeDetector(
            AppointmentSnapshots snapshots, MappingLoader mappings, OdooClients clients, ObjectMapper json) {
        this.snapshots = snapshots;
        this.mappings = mappings;
        this.clients = clients;
        this.json = json;
    }

    /** Body in: the record (Map); body out: the event as JSON, or null when nothing changed. */
    public void detect(Exchange exchange) throws JsonProcessingException {
        String tenant = exchange.getMessage().getHeader(OdooConstants.TENANT, String.class);
        AppointmentMapping am =
                mappings.load(clients.tenant(tenant).odoo().mapping()).appointment();
        @SuppressWarnings("unchecked")
        Map<String, Object> record = exchange.getMessage().getBody(Map.class);
        AppointmentState current = OdooAppointmentStates.read(am, record);
        Optional<AppointmentChanged> event =
                AppointmentChanged.between(tenant, snapshots.find(tenant, current.appointmentRef()), current);
        exchange.setProperty(STATE, current);
        exchange.setProperty(TENANT, tenant);
        exchange.getMessage().removeHeaders("Odoo*");
        if (event.isEmpty()) {
            exchange.getMessage().setBody(null);
            return;
        }
        exchange.getMessage().setHeader(HEADER_TENANT, tenant);
        exchange.getMessage().setHeader(HEADER_REF, current.appointmentRef());
        exchange.getMessage().setHeader(HEADER_KIND, event.get().kind().name());
        exchange.getMessage().setBody(json.writeValueAsString(event.get()));
    }

    public void remember(Exchange exchange) {
        AppointmentState state = exchange.getProperty(STATE, AppointmentState.class);
        String tenant = exchange.getProperty(TENANT, String.class);
        snapshots.save(tenant, state);
    }
}
