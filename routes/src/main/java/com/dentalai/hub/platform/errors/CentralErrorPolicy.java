package com.dentalai.hub.platform.errors;

import com.dentalai.hub.platform.gate.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The one error policy of the hub, as a nameless route configuration: Camel applies it to every
 * route that does not name another configuration (Java and YAML alike).
 *
 * <ul>
 *   <li>transient faults: retried with exponential back-off ({@code hub.errors.*});
 *   <li>refusals (permission, untrusted context) and {@code hub.errors.no-retry} kinds
 *       (validation): never retried;
 *   <li>when exhausted: a waiting caller gets the exception (HTTP maps it to a problem
 *       response); an asynchronous input is parked on the dead-letter queue with the original
 *       message and the reason, and is considered handled.
 * </ul>
 */
@Component
class CentralErrorPolicy extends RouteConfigurationBuilder {

    private final ErrorProperties props;
    private final CallerWaiting callerWaiting;
    private final DeadLetterPublisher deadLetters;

    CentralErrorPolicy(ErrorProperties props, CallerWaiting callerWaiting, DeadLetterPublisher deadLetters) {
        this.props = props;
        this.callerWaiting = callerWaiting;
        this.deadLetters = deadLetters;
    }

    @Override
    public void configuration() {
        RouteConfigurationDefinition policy = routeConfiguration();

        policy.onException(noRetryKinds().toArray(new Class[0]))
                .maximumRedeliveries(0)
                // a refusal is expected traffic, already audited by the gate: the caller gets a 4xx,
                // an asynchronous input is parked (and logged once by the dead-letter publisher)
                .logExhausted(false)
                .handled(callerWaiting.nobodyWaits())
                .useOriginalMessage()
                .process(deadLetters)
                .id("hub-errors-refused")
                .end();

        policy.onException(Exception.class)
                .maximumRedeliveries(props.maxRedeliveries())
                .redeliveryDelay(props.initialDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(props.multiplier())
                .maximumRedeliveryDelay(props.maxDelay().toMillis())
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .retriesExhaustedLogLevel(LoggingLevel.ERROR)
                .handled(callerWaiting.nobodyWaits())
                .useOriginalMessage()
                .process(deadLetters)
                .id("hub-errors-exhausted")
                .end();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Class<? extends Throwable>> noRetryKinds() {
        List<Class<? extends Throwable>> kinds = new ArrayList<>();
        kinds.add(AccessDeniedException.class); // UntrustedContextException is a subclass
        kinds.add(DeadLetterProblem.class); // an unknown id stays unknown
        for (String name : props.noRetry()) {
            try {
                Class<?> kind = ClassUtils.forName(name, getClass().getClassLoader());
                if (!Throwable.class.isAssignableFrom(kind)) {
                    throw new IllegalStateException("hub.errors.no-retry: not an exception class: " + name);
                }
                kinds.add((Class<? extends Throwable>) kind);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("hub.errors.no-retry: unknown class " + name, e);
            }
        }
        return kinds;
    }
}
