package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.security.Decision;
import com.dentalai.hub.domain.security.Permission;
import com.dentalai.hub.domain.security.PermissionPolicy;
import com.dentalai.hub.platform.audit.AuditTrail;
import com.dentalai.hub.platform.context.HubContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The gate every exchange passes when it enters a route: resolve who acts for which tenant, stamp
 * the correlation id, check the route's declared permission, audit the entry or the refusal.
 * Fails closed: no declaration, an unknown permission or no context means "denied".
 */
@Component
public class RouteGate {

    /** Exchange property: the MDC of the thread before the gate stamped it will be restored on completion. */
    private static final String MDC_RESTORE = "hubMdcRestore";

    /** The verb of the audit events the gate writes. */
    public static final String AUDIT_VERB = "route.enter";

    private static final Logger LOG = LoggerFactory.getLogger(RouteGate.class);
    private static final Pattern SAFE_CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final List<String> TIMER_SCHEMES = List.of("timer", "scheduler", "quartz", "cron");
    // in-process endpoints are only reached by code that already has a context to hand over;
    // running such a route "as" a system principal would let a forgetful caller escalate
    private static final List<String> INTERNAL_SCHEMES = List.of("direct", "seda", "vm", "disruptor");

    private final PermissionPolicy policy;
    private final AuditTrail audit;
    private final ContextSigner signer;
    private final GateProperties props;
    private final ObjectProvider<GateRestriction> restrictions;
    private final Clock clock;

    RouteGate(
            PermissionPolicy policy,
            AuditTrail audit,
            ContextSigner signer,
            GateProperties props,
            ObjectProvider<GateRestriction> restrictions) {
        this.policy = policy;
        this.audit = audit;
        this.signer = signer;
        this.props = props;
        this.restrictions = restrictions;
        this.clock = Clock.systemUTC();
    }

    /** Lets the exchange into {@code routeId} or throws {@link AccessDeniedException}. */
    public void enter(Exchange exchange, String routeId) {
        Route route = exchange.getContext().getRoute(routeId);
        RouteDeclaration declared = route == null ? new RouteDeclaration(null, null, null) : RouteDeclaration.of(route);
        HubContext context = resolveContext(exchange, route, routeId, declared);
        stamp(exchange, context);

        Permission needed = permission(declared.permission());
        Decision decision = needed == null
                ? Decision.deny(
                        declared.permission() == null
                                ? "route declares no permission (" + GatedRoutes.PERMISSION + ")"
                                : "route declares an unknown permission")
                : policy.decide(context.principal(), needed, context.tenantId());
        if (decision.denied()) {
            record(context, routeId, declared.permission(), AuditEvent.Outcome.DENIED, decision.reason());
            throw new AccessDeniedException(routeId, declared.permission(), decision.reason());
        }
        for (GateRestriction restriction : restrictions) {
            Optional<AccessDeniedException> refusal = restriction.refuse(context, routeId, needed);
            if (refusal.isPresent()) {
                record(
                        context,
                        routeId,
                        declared.permission(),
                        AuditEvent.Outcome.DENIED,
                        refusal.get().reason());
                throw refusal.get();
            }
        }
        if (declared.auditEntry()) {
            record(context, routeId, declared.permission(), AuditEvent.Outcome.SUCCESS, decision.reason());
        }
    }

    private HubContext resolveContext(Exchange exchange, Route route, String routeId, RouteDeclaration declared) {
        HubContext present = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        if (present != null) {
            return present;
        }
        Object token = exchange.getMessage().getHeader(ContextSigner.HEADER);
        if (token != null) {
            Optional<HubContext> verified = signer.verify(asString(token));
            if (verified.isPresent()) {
                return verified.get();
            }
            throw untrusted(exchange, routeId, declared, "context header signature does not verify");
        }
        Endpoint from = route == null ? null : route.getEndpoint();
        String scheme = from == null ? "unknown" : scheme(from.getEndpointUri());
        if (props.brokerSchemes().contains(scheme)) {
            throw untrusted(exchange, routeId, declared, "message from " + scheme + " carries no signed context");
        }
        if (declared.runAs() != null && !INTERNAL_SCHEMES.contains(scheme)) {
            String channel = TIMER_SCHEMES.contains(scheme) ? "timer" : scheme;
            return new HubContext(
                    declared.tenant(),
                    SystemPrincipals.of(declared.runAs(), declared.tenant()),
                    channel,
                    correlationId(exchange));
        }
        String reason = declared.runAs() == null
                ? "exchange carries no hub context and the route declares no " + GatedRoutes.RUN_AS
                : "exchange carries no hub context; in-process (" + scheme + ") routes never run as a system principal";
        recordAnonymous(exchange, routeId, declared.permission(), reason);
        throw new AccessDeniedException(routeId, declared.permission(), reason);
    }

    private UntrustedContextException untrusted(
            Exchange exchange, String routeId, RouteDeclaration declared, String reason) {
        recordAnonymous(exchange, routeId, declared.permission(), reason);
        return new UntrustedContextException(routeId, declared.permission(), reason);
    }

    private static void stamp(Exchange exchange, HubContext context) {
        exchange.setProperty(HubContext.PROPERTY, context);
        exchange.getMessage().setHeader(HubContext.CORRELATION_HEADER, context.correlationId());
        if (exchange.getProperty(MDC_RESTORE) == null) {
            // the thread may be a pooled one (Tomcat, JMS) that carried something before this exchange:
            // put back what was there when the exchange is done, so nothing leaks into the next one
            Map<String, String> before = new HashMap<>();
            before.put(HubContext.MDC_CORRELATION, MDC.get(HubContext.MDC_CORRELATION));
            before.put(HubContext.MDC_TENANT, MDC.get(HubContext.MDC_TENANT));
            before.put(HubContext.MDC_USER, MDC.get(HubContext.MDC_USER));
            exchange.setProperty(MDC_RESTORE, Boolean.TRUE);
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    before.forEach(RouteGate::putOrRemove);
                }
            });
        }
        MDC.put(HubContext.MDC_CORRELATION, context.correlationId());
        putOrRemove(HubContext.MDC_TENANT, context.tenantId());
        MDC.put(HubContext.MDC_USER, context.principal().id());
    }

    private static void putOrRemove(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private void record(
            HubContext context, String routeId, String permission, AuditEvent.Outcome outcome, String reason) {
        Map<String, String> extra = new HashMap<>();
        extra.put("route", routeId);
        extra.put("permission", permission == null ? "" : permission);
        extra.put("channel", context.channel());
        extra.put("reason", reason);
        emit(new AuditEvent(
                clock.instant(),
                context.tenantId(),
                context.principal().id(),
                AUDIT_VERB,
                "route",
                routeId,
                outcome,
                null,
                context.correlationId(),
                extra));
    }

    private void recordAnonymous(Exchange exchange, String routeId, String permission, String reason) {
        Map<String, String> extra = new HashMap<>();
        extra.put("route", routeId);
        extra.put("permission", permission == null ? "" : permission);
        extra.put("reason", reason);
        emit(new AuditEvent(
                clock.instant(),
                null,
                "anonymous",
                AUDIT_VERB,
                "route",
                routeId,
                AuditEvent.Outcome.DENIED,
                null,
                correlationId(exchange),
                extra));
    }

    private void emit(AuditEvent event) {
        if (event.outcome() == AuditEvent.Outcome.DENIED) {
            LOG.warn(
                    "Gate denied {} on route {}: {}",
                    event.actor(),
                    event.objectId(),
                    event.extra().get("reason"));
        }
        audit.record(event);
    }

    private static Permission permission(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Permission.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String correlationId(Exchange exchange) {
        String given = exchange.getMessage().getHeader(HubContext.CORRELATION_HEADER, String.class);
        return given != null && SAFE_CORRELATION.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    static String scheme(String uri) {
        int colon = uri.indexOf(':');
        return colon < 0 ? uri : uri.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static String asString(Object token) {
        return token instanceof byte[] bytes
                ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : token.toString();
    }
}
