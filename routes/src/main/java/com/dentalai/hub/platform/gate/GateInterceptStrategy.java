package com.dentalai.hub.platform.gate;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the gate in front of the first step of every route. A context-wide intercept strategy is
 * applied by Camel when it builds any route (Java, YAML, added or reloaded at runtime), and a route
 * cannot opt out of it the way it can opt out of a route configuration (by naming another one or
 * declaring its own error handler). See docs/adr/0040-gate-as-intercept-strategy.md.
 */
@Component
class GateInterceptStrategy implements InterceptStrategy {

    // resolved on first use: the gate's collaborators (audit, policy) may need the CamelContext,
    // which is still being built when Camel collects intercept strategies
    private final ObjectProvider<RouteGate> gate;

    GateInterceptStrategy(ObjectProvider<RouteGate> gate) {
        this.gate = gate;
    }

    @Override
    public Processor wrapProcessorInInterceptors(
            CamelContext context, NamedNode definition, Processor target, Processor nextTarget) {
        if (!(definition instanceof ProcessorDefinition<?> node)) {
            return target;
        }
        RouteDefinition route = ProcessorDefinitionHelper.getRoute(node);
        if (route == null || firstStep(route) != node) {
            return target;
        }
        return new GateProcessor(gate, route.getRouteId(), target);
    }

    private static ProcessorDefinition<?> firstStep(RouteDefinition route) {
        for (ProcessorDefinition<?> output : route.getOutputs()) {
            if (!output.isAbstract()) {
                return output;
            }
        }
        return null;
    }

    /** Runs the gate, then the route's first step; a refusal fails the exchange before any body runs. */
    static final class GateProcessor extends DelegateAsyncProcessor {

        private final ObjectProvider<RouteGate> gate;
        private final String routeId;

        GateProcessor(ObjectProvider<RouteGate> gate, String routeId, Processor target) {
            super(target);
            this.gate = gate;
            this.routeId = routeId;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            try {
                gate.getObject().enter(exchange, routeId);
            } catch (RuntimeException e) {
                exchange.setException(e);
                callback.done(true);
                return true;
            }
            return super.process(exchange, callback);
        }

        @Override
        public String toString() {
            return "HubGate[" + routeId + "]";
        }
    }
}
