package com.dentalai.hub.connectors.odoo.camel;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/** An Odoo model of one tenant: {@code odoo:<model>/<method>?tenant=…}. */
@UriEndpoint(
        firstVersion = "4.17.0",
        scheme = "odoo",
        title = "Odoo",
        syntax = "odoo:model/method",
        category = {Category.API})
public class OdooEndpoint extends ScheduledPollEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    @UriParam
    private final OdooConfiguration configuration;

    public OdooEndpoint(String uri, OdooComponent component, OdooConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public OdooComponent getComponent() {
        return (OdooComponent) super.getComponent();
    }

    public OdooConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public Producer createProducer() {
        return new OdooProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getTenant() == null || configuration.getTenant().isBlank()) {
            throw new IllegalArgumentException("an odoo: consumer needs the tenant option: it polls one tenant's Odoo");
        }
        OdooPollingConsumer consumer = new OdooPollingConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    OdooClient client(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("Tenant is not set: give the odoo: endpoint a tenant option or the "
                    + OdooConstants.TENANT + " header");
        }
        return getComponent().getClientProvider().clientFor(tenant);
    }

    List<String> fields() {
        String fields = configuration.getFields();
        if (fields == null || fields.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fields.split(","))
                .map(String::strip)
                .filter(f -> !f.isEmpty())
                .toList();
    }

    /** The endpoint's domain option, parsed once per call (it is short). */
    OdooDomain domain() {
        return parseDomain(configuration.getDomain());
    }

    static OdooDomain parseDomain(Object domain) {
        if (domain == null || (domain instanceof String s && s.isBlank())) {
            return OdooDomain.all();
        }
        List<?> terms;
        if (domain instanceof List<?> list) {
            terms = list;
        } else {
            try {
                terms = JSON.readValue(domain.toString(), List.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("odoo: domain is not a JSON list: " + e.getOriginalMessage(), e);
            }
        }
        return DomainParser.parse(terms);
    }
}
