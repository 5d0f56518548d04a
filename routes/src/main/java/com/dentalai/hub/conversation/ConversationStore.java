package com.dentalai.hub.conversation;

import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.conversation.Conversation;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Dana's state per conversation in PostgreSQL ({@code conversations}, row-level secured per tenant). */
@Component
public class ConversationStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final TenantTransactions tx;
    private final ObjectMapper json = new ObjectMapper();

    ConversationStore(TenantTransactions tx) {
        this.tx = tx;
    }

    public Optional<Conversation> load(String tenant, Channel channel, String key) {
        List<String> rows = tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForList(
                        "select state::text from conversations where tenant_id = ? and channel = ? and conversation_key = ?",
                        String.class,
                        tenant,
                        channel.name(),
                        key));
        return rows.stream().findFirst().map(this::read);
    }

    public void save(Conversation state) {
        String body = write(state);
        tx.inTenant(
                state.tenant(),
                jdbc -> jdbc.update(
                        "insert into conversations (tenant_id, channel, conversation_key, state, updated_at)"
                                + " values (?, ?, ?, ?::jsonb, now()) on conflict (tenant_id, channel, conversation_key)"
                                + " do update set state = excluded.state, updated_at = now()",
                        state.tenant(),
                        state.channel().name(),
                        state.conversationKey(),
                        body));
    }

    private Conversation read(String text) {
        try {
            return Conversation.fromMap(json.readValue(text, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored conversation state is not JSON", e);
        }
    }

    private String write(Conversation state) {
        try {
            return json.writeValueAsString(state.toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state does not serialise", e);
        }
    }
}
