package com.dentalai.hub.platform.audit;

import jakarta.jms.JMSException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * One turn of the {@code audit-writer} route: take a batch off the queue, write it in one database
 * transaction, then acknowledge it. A failed write hands the batch back to the broker.
 */
@Component
class AuditBatchWriter {

    /** Header with the number of rows the turn wrote (for tests and route metrics). */
    static final String WRITTEN_HEADER = "hubAuditWritten";

    private static final Logger log = LoggerFactory.getLogger(AuditBatchWriter.class);

    private final AuditBatchReceiver receiver;
    private final AuditStore store;
    private final AuditEventCodec codec;
    private final AuditProperties props;
    private final LongAdder turns = new LongAdder();

    AuditBatchWriter(AuditBatchReceiver receiver, AuditStore store, AuditEventCodec codec, AuditProperties props) {
        this.receiver = receiver;
        this.store = store;
        this.codec = codec;
        this.props = props;
    }

    public void writeNextBatch(Exchange exchange) throws JMSException {
        List<String> texts = receive();
        if (texts.isEmpty()) {
            // tells the greedy scheduler to wait poll-delay before the next turn
            exchange.setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, false);
            return;
        }
        turns.increment();
        List<QueuedAuditEvent> batch = decode(texts);
        int written;
        try {
            written = batch.isEmpty() ? 0 : store.append(batch);
        } catch (DataAccessException e) {
            receiver.rollback();
            // the driver's message may quote row values (PHI): log the SQL state, not the text
            throw new AuditWriteException(batch.size(), e);
        } catch (RuntimeException e) {
            receiver.rollback();
            throw e;
        }
        receiver.commit();
        exchange.getMessage().setHeader(WRITTEN_HEADER, written);
    }

    /** Turns that took at least one message (batches), since start. */
    long turns() {
        return turns.sum();
    }

    private List<String> receive() throws JMSException {
        try {
            return receiver.receive(props.batchSize(), props.batchWait());
        } catch (JMSException e) {
            receiver.close();
            throw e;
        }
    }

    private List<QueuedAuditEvent> decode(List<String> texts) {
        List<QueuedAuditEvent> batch = new ArrayList<>(texts.size());
        for (String text : texts) {
            try {
                batch.add(codec.fromMessage(text));
            } catch (IllegalArgumentException e) {
                // cannot be audited and would block the queue forever: drop it, loudly
                log.error("Dropping an unreadable audit message ({} chars)", text.length());
            }
        }
        return batch;
    }
}
