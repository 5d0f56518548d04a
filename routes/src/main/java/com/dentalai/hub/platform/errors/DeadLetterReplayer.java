package com.dentalai.hub.platform.errors;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.domain.security.PermissionPolicy;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.ContextSigner;
import com.dentalai.hub.platform.gate.PlatformScope;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.springframework.stereotype.Component;

/**
 * Lists dead letters an operator may see and replays one: the message is taken off the
 * dead-letter queue and fed to the consumer of the route it originally entered, with its original
 * (verified) context, so the gate and the error policy apply exactly as the first time. A replay
 * that fails again is parked again under a new id.
 */
@Component
public class DeadLetterReplayer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeadLetterReplayer.class);

    private final DeadLetterStore store;
    private final PermissionPolicy policy;
    private final ContextSigner signer;
    private final AuditTrail audit;
    private final ErrorProperties props;
    private final CamelContext camel;
    private final ConsumerTemplate consumer;
    private final Clock clock = Clock.systemUTC();

    DeadLetterReplayer(
            DeadLetterStore store,
            PermissionPolicy policy,
            ContextSigner signer,
            AuditTrail audit,
            ErrorProperties props,
            CamelContext camel,
            ConsumerTemplate consumer) {
        this.store = store;
        this.policy = policy;
        this.signer = signer;
        this.audit = audit;
        this.props = props;
        this.camel = camel;
        this.consumer = consumer;
    }

    /** Newest first; {@code tenant} narrows the visible set, {@code status} filters (null = all). */
    public List<DeadLetter> list(Exchange exchange) {
        HubContext operator = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        String status = exchange.getMessage().getHeader("status", String.class);
        Integer limit = exchange.getMessage().getHeader("limit", Integer.class);
        Set<String> visible = visibleTenants(operator.principal());
        if (tenant != null) {
            visible.retainAll(Set.of(tenant));
        }
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        return store.list(visible, status == null ? null : status.toUpperCase(java.util.Locale.ROOT), max);
    }

    /** Replays dead letter {@code id} (exchange body); answers {@code {id, status, outcome}}. */
    public Map<String, Object> replay(Exchange exchange) {
        HubContext operator = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        UUID id = parseId(exchange.getMessage().getBody(String.class));
        DeadLetter letter =
                store.find(visibleTenants(operator.principal()), id).orElseThrow(() -> DeadLetterProblem.notFound(id));
        if (!DeadLetter.PENDING.equals(letter.status())) {
            throw DeadLetterProblem.conflict("Dead letter " + id + " was already replayed");
        }
        HubContext original = signer.verify(letter.contextToken())
                .orElseThrow(() -> DeadLetterProblem.conflict(
                        "Dead letter " + id + " has no verifiable context (untrusted or signed with another key)"));
        Route route = camel.getRoute(letter.routeId());
        if (route == null) {
            throw DeadLetterProblem.conflict("Route " + letter.routeId() + " no longer exists");
        }
        if (!store.markReplayed(letter.tenant(), id, operator.principal().id())) {
            throw DeadLetterProblem.conflict("Dead letter " + id + " was already replayed");
        }
        Exchange parked = takeOffQueue(id);
        if (parked == null) {
            throw DeadLetterProblem.conflict("Dead letter " + id + " is no longer on the dead-letter queue");
        }
        boolean failedAgain = feed(route, parked, original);
        record(operator, letter, failedAgain);
        Map<String, Object> answer = new HashMap<>();
        answer.put("id", id.toString());
        answer.put("status", DeadLetter.REPLAYED);
        answer.put("outcome", failedAgain ? "failed-again" : "processed");
        return answer;
    }

    private Exchange takeOffQueue(UUID id) {
        // the id is a parsed UUID, so it is safe inside the selector
        String uri = props.deadLetterUri() + (props.deadLetterUri().contains("?") ? "&" : "?") + "selector=RAW("
                + DeadLetterHeaders.ID + "='" + id + "')";
        try {
            return consumer.receive(uri, props.replayTimeout().toMillis());
        } finally {
            // one endpoint per replayed id: do not let them pile up in the endpoint registry
            try {
                camel.removeEndpoints(uri);
            } catch (Exception e) {
                LOG.debug("Could not remove replay endpoint", e);
            }
        }
    }

    private boolean feed(Route route, Exchange parked, HubContext original) {
        Exchange replay = route.getEndpoint().createExchange();
        replay.getExchangeExtension().setFromEndpoint(route.getEndpoint());
        replay.getExchangeExtension().setFromRouteId(route.getRouteId());
        Map<String, Object> headers = new HashMap<>();
        parked.getMessage().getHeaders().forEach((name, value) -> {
            if (!name.startsWith(DeadLetterHeaders.PREFIX)
                    && !name.startsWith("JMS")
                    && !name.equals(ContextSigner.HEADER)) {
                headers.put(name, value);
            }
        });
        replay.getMessage().setHeaders(headers);
        replay.getMessage().setBody(parked.getMessage().getBody());
        replay.setProperty(HubContext.PROPERTY, original);
        try {
            route.getProcessor().process(replay);
        } catch (Exception e) {
            replay.setException(e);
        }
        return replay.getException() != null || replay.getProperty(Exchange.EXCEPTION_CAUGHT) != null;
    }

    private Set<String> visibleTenants(Principal principal) {
        Set<String> visible = new LinkedHashSet<>(policy.visibleTenants(principal));
        if (policy.decide(principal, Permission.DEAD_LETTERS_MANAGE, null).allowed()) {
            visible.add(PlatformScope.TENANT_ID);
        }
        return visible;
    }

    private void record(HubContext operator, DeadLetter letter, boolean failedAgain) {
        audit.record(new AuditEvent(
                clock.instant(),
                PlatformScope.TENANT_ID.equals(letter.tenant()) ? null : letter.tenant(),
                operator.principal().id(),
                "dead-letter.replay",
                "dead-letter",
                letter.id().toString(),
                failedAgain ? AuditEvent.Outcome.FAILURE : AuditEvent.Outcome.SUCCESS,
                null,
                operator.correlationId(),
                Map.of("route", String.valueOf(letter.routeId()))));
    }

    private static UUID parseId(String raw) {
        try {
            return UUID.fromString(Optional.ofNullable(raw).orElse("").trim());
        } catch (IllegalArgumentException e) {
            throw DeadLetterProblem.notFound(raw);
        }
    }
}
