package com.dentalai.hub.billing;

import com.dentalai.hub.domain.billing.Yosef;
import com.dentalai.hub.domain.conversation.ToolUnavailableException;
import com.dentalai.hub.platform.context.HubContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * A clinic admin talking to Yosef about the clinic's own subscription: Yosef reads the facts
 * through his billing tool (as {@code system:yosef}) and answers in words.
 */
@Component
class YosefAdmin {

    private final ProducerTemplate producer;

    YosefAdmin(ProducerTemplate producer) {
        this.producer = producer;
    }

    /** What the admin wrote and in which language Yosef should answer. */
    record Question(String text, String language) {}

    /** {@code POST /api/v1/agents/yosef}'s answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(String agent, List<Reply> replies) {}

    record Reply(String text) {}

    Answer answer(@Body Question question, @ExchangeProperty(HubContext.PROPERTY) HubContext context) {
        RouteBillingDesk desk = new RouteBillingDesk(
                producer, context.tenantId(), "http", context.correlationId(), "-", question.language());
        String text;
        try {
            text = Yosef.adminAnswer(question.text(), desk.subscriptionFacts(), question.language());
        } catch (ToolUnavailableException e) {
            text = "he".equals(question.language())
                    ? "אין לי גישה לנתוני החיוב כרגע. נסו שוב בעוד כמה דקות."
                    : "I can't reach the billing records right now. Please try again in a few minutes.";
        }
        return new Answer("yosef", List.of(new Reply(text)));
    }
}
