package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.channel.InboundMessage;
import com.dentalai.hub.domain.clinic.PatientRef;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.domain.conversation.Dana;
import com.dentalai.hub.platform.context.HubContext;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Who a chat belongs to, for flows that run beside Dana (a patient's photo): the patient the
 * conversation is identified as, else — by Dana's own rule — the one patient the clinic has with
 * the phone the channel vouches for. Read-only: the conversation state is Dana's to change.
 */
@Component
public class ChatPatients {

    /**
     * @param patientRef empty when nobody is identified
     * @param language the conversation's language, or the tenant's for a new chat
     */
    public record ChatPatient(Optional<String> patientRef, String language) {}

    private final ConversationStore store;
    private final TenantDirectory tenants;
    private final ProducerTemplate producer;

    ChatPatients(ConversationStore store, TenantDirectory tenants, ProducerTemplate producer) {
        this.store = store;
        this.tenants = tenants;
        this.producer = producer;
    }

    /** Throws {@code ToolUnavailableException} when the phone look-up cannot reach the clinic's records. */
    public ChatPatient of(InboundMessage message, HubContext context) {
        Conversation state = store.load(message.tenant(), message.channel(), message.conversationKey())
                .orElseGet(() -> Dana.newConversation(message, tenants.require(message.tenant())));
        if (state.isIdentified()) {
            return new ChatPatient(Optional.of(state.patientRef()), state.language());
        }
        if (message.senderPhone() == null) {
            return new ChatPatient(Optional.empty(), state.language());
        }
        Optional<PatientRef> byPhone =
                new RouteTools(producer, context, state.language()).findPatient(message.senderPhone());
        return new ChatPatient(byPhone.map(PatientRef::id), state.language());
    }
}
