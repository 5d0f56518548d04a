package com.dentalai.hub.platform.audit;

import com.dentalai.hub.domain.audit.AuditEvent;
import jakarta.jms.ConnectionFactory;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@link AuditTrail}: hands each event to the broker (a persistent message on
 * {@code hub.audit.queue}) and returns; the {@code audit-writer} route writes it to PostgreSQL.
 * The caller never waits on the database. If the broker refuses the event the exception
 * propagates: an action that cannot be audited should fail rather than pass unrecorded.
 */
@Component
class BrokerAuditTrail implements AuditTrail, DisposableBean {

    /** Sessions kept open for concurrent callers; Boot's shared cache keeps one, so threads would queue on session setup. */
    private static final int SESSION_CACHE = 16;

    private final CachingConnectionFactory sessions;
    private final JmsTemplate jms;
    private final AuditEventCodec codec;
    private final String queue;

    BrokerAuditTrail(ConnectionFactory connectionFactory, AuditEventCodec codec, AuditProperties props) {
        ConnectionFactory target = connectionFactory instanceof SingleConnectionFactory shared
                        && shared.getTargetConnectionFactory() != null
                ? shared.getTargetConnectionFactory()
                : connectionFactory;
        this.sessions = new CachingConnectionFactory(target);
        this.sessions.setSessionCacheSize(SESSION_CACHE);
        // an own template: a global spring.jms.* change (pub-sub, QoS) must not reroute audit events
        this.jms = new JmsTemplate(sessions);
        this.jms.setPubSubDomain(false);
        this.codec = codec;
        this.queue = props.queue();
    }

    @Override
    public void record(AuditEvent event) {
        jms.convertAndSend(queue, codec.toMessage(new QueuedAuditEvent(UUID.randomUUID(), event)));
    }

    @Override
    public void destroy() {
        sessions.destroy();
    }
}
