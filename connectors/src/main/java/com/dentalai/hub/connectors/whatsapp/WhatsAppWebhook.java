package com.dentalai.hub.connectors.whatsapp;

import com.dentalai.hub.domain.channel.DeliveryStatus;
import com.dentalai.hub.domain.channel.InboundMessage;
import java.util.List;

/**
 * One WhatsApp webhook delivery, translated: a delivery may carry several messages and statuses.
 *
 * @param phoneNumberId the business number that received it ({@code metadata.phone_number_id} of the
 *     first change); null when the delivery carried no message change at all
 */
public record WhatsAppWebhook(String phoneNumberId, List<InboundMessage> messages, List<DeliveryStatus> statuses) {

    public WhatsAppWebhook {
        messages = List.copyOf(messages);
        statuses = List.copyOf(statuses);
    }

    public boolean isEmpty() {
        return messages.isEmpty() && statuses.isEmpty();
    }
}
