package com.dentalai.hub.connectors.odoo.camel;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * {@code odoo:<model>/<method>?tenant=…}: calls a tenant's Odoo (producer) or polls a model for
 * changed records (consumer). Clients come from the application's {@link OdooClientProvider},
 * positions from its {@link CursorStore}; both are looked up in the registry when not set.
 */
@Component("odoo")
public class OdooComponent extends DefaultComponent {

    @Metadata(autowired = true, description = "Resolves a tenant to its Odoo client")
    private OdooClientProvider clientProvider;

    @Metadata(autowired = true, label = "consumer", description = "Keeps the polling consumer's position")
    private CursorStore cursorStore;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String[] parts = remaining.split("/", 2);
        if (parts[0].isBlank()) {
            throw new IllegalArgumentException("odoo: needs a model, e.g. odoo:res.partner/search_read");
        }
        OdooConfiguration configuration = new OdooConfiguration();
        configuration.setModel(parts[0]);
        if (parts.length > 1 && !parts[1].isBlank()) {
            configuration.setMethod(parts[1]);
        }
        // options first to the configuration, the rest (delay, initialDelay …) to the endpoint;
        // anything left over (a typo, or an attempt at a password option) fails endpoint creation
        setProperties(configuration, parameters);
        OdooEndpoint endpoint = new OdooEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public OdooClientProvider getClientProvider() {
        if (clientProvider == null) {
            clientProvider = getCamelContext().getRegistry().findSingleByType(OdooClientProvider.class);
        }
        if (clientProvider == null) {
            throw new IllegalStateException(
                    "odoo: needs an OdooClientProvider bean (the application's tenant clients)");
        }
        return clientProvider;
    }

    public void setClientProvider(OdooClientProvider clientProvider) {
        this.clientProvider = clientProvider;
    }

    public CursorStore getCursorStore() {
        if (cursorStore == null) {
            cursorStore = getCamelContext().getRegistry().findSingleByType(CursorStore.class);
        }
        if (cursorStore == null) {
            throw new IllegalStateException("odoo: consumers need a CursorStore bean to keep their position");
        }
        return cursorStore;
    }

    public void setCursorStore(CursorStore cursorStore) {
        this.cursorStore = cursorStore;
    }
}
