package com.dentalai.hub.platform.errors;

import java.util.Locale;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.springframework.stereotype.Component;

/**
 * Whether someone waits for this exchange's outcome: true when the exchange entered the hub
 * through an in-process or HTTP endpoint (a controller's producer template). Such callers must
 * see the failure (403, 500 …) rather than have it parked in the dead-letter queue; queue,
 * topic and timer inputs have nobody to tell, so their failures are dead-lettered.
 */
@Component
public class CallerWaiting implements Predicate {

    private final ErrorProperties props;

    CallerWaiting(ErrorProperties props) {
        this.props = props;
    }

    @Override
    public boolean matches(Exchange exchange) {
        Endpoint from = exchange.getFromEndpoint();
        if (from == null) {
            return true;
        }
        String uri = from.getEndpointUri();
        int colon = uri.indexOf(':');
        String scheme = (colon < 0 ? uri : uri.substring(0, colon)).toLowerCase(Locale.ROOT);
        return props.callerSchemes().contains(scheme);
    }

    /** The negation, for {@code handled(…)}: failures of asynchronous inputs are handled by dead-lettering. */
    public Predicate nobodyWaits() {
        return exchange -> !matches(exchange);
    }
}
