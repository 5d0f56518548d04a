package com.dentalai.hub.channels;

import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.channel.MessageContent;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.gate.SystemPrincipals;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands a verified inbound message to the conversation work queue and returns: the webhook answers
 * quickly, the turn runs on the consumer. Messages of one conversation share a JMS message group so
 * they are handled one at a time, in order, by whichever consumer owns the group. The sender is the
 * channel's system principal; its context is signed onto the message by the gate's broker stamping.
 */
@Component
public class InboundQueue {

    /** The de-duplication key of a message: channel plus the channel's own message id. */
    public static final String MESSAGE_KEY = "HubMessageKey";

    private static final String GROUP = "JMSXGroupID";

    /** Where channel photos are queued (hub.files.channel-queue). */
    static final String IMAGES_URI = "jms:queue:{{hub.files.channel-queue}}";

    private final ProducerTemplate producer;
    private final ChannelsProperties props;

    InboundQueue(ProducerTemplate producer, ChannelsProperties props) {
        this.producer = producer;
        this.props = props;
    }

    /** Queues {@code message} as the system principal {@code principalName}; throws when the broker refused. */
    public void publish(InboundMessage message, String principalName) {
        HubContext context = SystemPrincipals.context(
                principalName, message.tenant(), message.channel().name().toLowerCase(java.util.Locale.ROOT));
        // a patient's photo goes to the files flow (files.ChannelImageRoute), never to Dana
        String uri = message.content() instanceof MessageContent.Image ? IMAGES_URI : props.inboundUri();
        Exchange done = producer.send(uri, exchange -> {
            exchange.setProperty(HubContext.PROPERTY, context);
            exchange.getMessage().setHeader(HubContext.CORRELATION_HEADER, context.correlationId());
            exchange.getMessage().setHeader(GROUP, groupOf(message));
            exchange.getMessage().setHeader(MESSAGE_KEY, keyOf(message));
            exchange.getMessage().setBody(InboundMessageCodec.encode(message));
        });
        if (done.getException() != null) {
            throw new IllegalStateException("inbound queue refused the message", done.getException());
        }
    }

    static String groupOf(InboundMessage m) {
        return m.tenant() + "|" + m.channel() + "|" + m.conversationKey();
    }

    public static String keyOf(InboundMessage m) {
        return m.channel() + ":" + m.providerMessageId();
    }
}
