package com.dentalai.hub.platform.gate;

import com.dentalai.hub.platform.context.HubContext;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.EndpointStrategy;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.DefaultInterceptSendToEndpoint;
import org.springframework.stereotype.Component;

/**
 * Every message sent to a broker endpoint (route {@code .to()}, a producer template, the dead
 * letter publisher) gets the sender's hub context as a signed header, so the consuming route's
 * gate can trust it. Done with an endpoint strategy, which wraps every broker endpoint the
 * context creates, so no route author can forget it; other endpoints (HTTP to Odoo, WhatsApp …)
 * never see the header.
 */
@Component
class BrokerContextStamping implements CamelContextConfiguration, EndpointStrategy {

    private final ContextSigner signer;
    private final GateProperties props;

    BrokerContextStamping(ContextSigner signer, GateProperties props) {
        this.signer = signer;
        this.props = props;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        camelContext.getCamelContextExtension().registerEndpointCallback(this);
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        // nothing: endpoints created later are wrapped as they are created
    }

    @Override
    public Endpoint registerEndpoint(String uri, Endpoint endpoint) {
        if (endpoint instanceof DefaultInterceptSendToEndpoint
                || !props.brokerSchemes().contains(RouteGate.scheme(endpoint.getEndpointUri()))) {
            return endpoint;
        }
        DefaultInterceptSendToEndpoint stamped = new DefaultInterceptSendToEndpoint(endpoint, false);
        stamped.setBefore(new Stamp(signer));
        return stamped;
    }

    /** Signs the exchange's context into the header; leaves an existing header alone when there is none. */
    record Stamp(ContextSigner signer) implements Processor {
        @Override
        public void process(Exchange exchange) {
            HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
            if (context != null) {
                exchange.getMessage().setHeader(ContextSigner.HEADER, signer.sign(context));
            }
        }
    }
}
