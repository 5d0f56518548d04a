package com.dentalai.hub.platform.audit;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Takes audit messages off the queue in batches inside one transacted JMS session: the batch is
 * acknowledged ({@link #commit()}) only after the database transaction that wrote it committed,
 * and handed back ({@link #rollback()}) when it failed, so no event is lost between broker and
 * database. Used by the single-threaded {@code audit-writer} route only.
 */
@Component
class AuditBatchReceiver implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditBatchReceiver.class);

    private final ConnectionFactory connectionFactory;
    private final String queue;
    private Connection connection;
    private Session session;
    private MessageConsumer consumer;

    AuditBatchReceiver(ConnectionFactory connectionFactory, AuditProperties props) {
        // a dedicated connection: the caching factory's shared sessions must not hold our transaction
        this.connectionFactory = connectionFactory instanceof SingleConnectionFactory caching
                        && caching.getTargetConnectionFactory() != null
                ? caching.getTargetConnectionFactory()
                : connectionFactory;
        this.queue = props.queue();
    }

    /**
     * Message texts of up to {@code max} messages; waits up to {@code firstWait} for the first one.
     * A redelivered first message comes alone: if a batch failed, its events are retried one by
     * one, so a single unwritable event reaches the dead-letter queue without taking the others.
     */
    synchronized List<String> receive(int max, Duration firstWait) throws JMSException {
        MessageConsumer c = consumer();
        List<String> texts = new ArrayList<>();
        Message m = c.receive(Math.max(1, firstWait.toMillis()));
        int limit = m != null && m.getJMSRedelivered() ? 1 : max;
        while (m != null) {
            if (m instanceof TextMessage text) {
                texts.add(text.getText());
            } else {
                log.error(
                        "Dropping a non-text message from the audit queue (type {})",
                        m.getClass().getSimpleName());
            }
            if (texts.size() >= limit) {
                break;
            }
            m = c.receiveNoWait();
        }
        return texts;
    }

    synchronized void commit() throws JMSException {
        session.commit();
    }

    /** Returns the batch to the queue for redelivery; after repeated failures the broker dead-letters it. */
    synchronized void rollback() {
        try {
            if (session != null) {
                session.rollback();
            }
        } catch (JMSException e) {
            log.warn("Audit batch rollback failed; reconnecting", e);
            close();
        }
    }

    private MessageConsumer consumer() throws JMSException {
        if (consumer == null) {
            connection = connectionFactory.createConnection();
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
            consumer = session.createConsumer(session.createQueue(queue));
            connection.start();
        }
        return consumer;
    }

    synchronized void close() {
        Connection c = connection;
        connection = null;
        session = null;
        consumer = null;
        if (c != null) {
            try {
                c.close();
            } catch (JMSException e) {
                log.debug("Closing the audit consumer connection failed", e);
            }
        }
    }

    @Override
    public void destroy() {
        close();
    }
}
