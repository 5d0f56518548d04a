package com.dentalai.hub.platform.errors;

import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.ContextSigner;
import com.dentalai.hub.platform.gate.PlatformScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Parks a message whose processing is exhausted on the Artemis dead-letter queue, with the
 * original body and headers, its signed context, the entry route and endpoint and the reason;
 * then indexes it in PostgreSQL for listing and replay. Only for asynchronous inputs: a waiting
 * caller gets the exception instead (see {@link CallerWaiting}).
 */
@Component
public class DeadLetterPublisher implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterPublisher.class);
    private static final int MAX_REASON = 500;

    private final ErrorProperties props;
    private final CallerWaiting callerWaiting;
    private final DeadLetterStore store;
    private final ContextSigner signer;
    private final ObjectMapper json;
    private final ObjectProvider<ProducerTemplate> producer;
    private final Clock clock = Clock.systemUTC();

    DeadLetterPublisher(
            ErrorProperties props,
            CallerWaiting callerWaiting,
            DeadLetterStore store,
            ContextSigner signer,
            ObjectMapper json,
            ObjectProvider<ProducerTemplate> producer) {
        this.props = props;
        this.callerWaiting = callerWaiting;
        this.store = store;
        this.signer = signer;
        this.json = json;
        this.producer = producer;
    }

    @Override
    public void process(Exchange exchange) {
        if (callerWaiting.matches(exchange)) {
            return;
        }
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        HubContext context = exchange.getProperty(HubContext.PROPERTY, HubContext.class);
        DeadLetter letter = new DeadLetter(
                UUID.randomUUID(),
                PlatformScope.tenantOf(context),
                exchange.getFromRouteId(),
                exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class),
                exchange.getFromEndpoint() == null
                        ? "unknown"
                        : URISupport.sanitizeUri(exchange.getFromEndpoint().getEndpointUri()),
                cause == null ? "unknown" : cause.getClass().getName(),
                reason(cause),
                context == null ? null : context.correlationId(),
                context == null ? null : signer.sign(context),
                clock.instant(),
                DeadLetter.PENDING,
                null,
                null);
        park(exchange, letter, context);
        try {
            store.insert(letter);
        } catch (RuntimeException e) {
            // the message is safe on the queue (visible in Hawtio); only the index row is missing
            LOG.error("Dead letter {} parked on {} but not indexed", letter.id(), props.deadLetterUri(), e);
        }
        LOG.warn("Dead-lettered exchange of route {} as {}: {}", letter.routeId(), letter.id(), letter.exceptionType());
    }

    private void park(Exchange failed, DeadLetter letter, HubContext context) {
        Map<String, Object> headers = new HashMap<>(failed.getMessage().getHeaders());
        Object body = failed.getMessage().getBody();
        headers.put(DeadLetterHeaders.ID, letter.id().toString());
        headers.put(DeadLetterHeaders.REASON, letter.reason());
        headers.put(DeadLetterHeaders.EXCEPTION, letter.exceptionType());
        headers.put(DeadLetterHeaders.ROUTE, String.valueOf(letter.routeId()));
        headers.put(DeadLetterHeaders.FAILED_ROUTE, String.valueOf(letter.failedRouteId()));
        headers.put(DeadLetterHeaders.ENDPOINT, letter.endpoint());
        headers.put(DeadLetterHeaders.FAILED_AT, letter.failedAt().toString());
        headers.put(DeadLetterHeaders.TENANT, letter.tenant());
        if (body != null && !(body instanceof String) && !(body instanceof byte[])) {
            headers.put(DeadLetterHeaders.BODY_TYPE, body.getClass().getName());
            body = asText(body);
        }
        Object parkedBody = body;
        Exchange sent = producer.getObject().send(props.deadLetterUri(), parked -> {
            parked.getMessage().setHeaders(headers);
            parked.getMessage().setBody(parkedBody);
            if (context != null) {
                // the broker stamping signs it into the HubContext header
                parked.setProperty(HubContext.PROPERTY, context);
            }
        });
        if (sent.getException() != null) {
            throw new IllegalStateException("Could not park dead letter " + letter.id(), sent.getException());
        }
    }

    private String asText(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return String.valueOf(body);
        }
    }

    static String reason(Throwable cause) {
        if (cause == null) {
            return "unknown";
        }
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }
}
