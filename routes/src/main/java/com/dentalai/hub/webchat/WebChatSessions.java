package com.dentalai.hub.webchat;

import com.dentalai.hub.platform.db.TenantTransactions;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The {@code webchat_sessions} and {@code webchat_answers} tables, always inside the session's
 * tenant (row-level security).
 */
@Component
class WebChatSessions {

    private final TenantTransactions tx;

    WebChatSessions(TenantTransactions tx) {
        this.tx = tx;
    }

    WebChatSession load(String tenant, String sessionId) {
        List<WebChatSession> rows = tx.inTenant(
                tenant,
                jdbc -> jdbc.query(
                        "select phase, language, phone, code_hash, code_expires_at, attempts, codes_sent from webchat_sessions"
                                + " where tenant_id = ? and session_id = ?",
                        (rs, i) -> {
                            Timestamp expires = rs.getTimestamp("code_expires_at");
                            return new WebChatSession(
                                    tenant,
                                    sessionId,
                                    WebChatSession.Phase.valueOf(rs.getString("phase")),
                                    rs.getString("language"),
                                    rs.getString("phone"),
                                    rs.getString("code_hash"),
                                    expires == null ? null : expires.toInstant(),
                                    rs.getInt("attempts"),
                                    rs.getInt("codes_sent"));
                        },
                        tenant,
                        sessionId));
        return rows.isEmpty() ? WebChatSession.start(tenant, sessionId) : rows.get(0);
    }

    void save(WebChatSession s) {
        tx.inTenant(
                s.tenant(),
                jdbc -> jdbc.update(
                        "insert into webchat_sessions (tenant_id, session_id, phase, language, phone, code_hash, code_expires_at,"
                                + " attempts, codes_sent, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())"
                                + " on conflict (tenant_id, session_id) do update set phase = excluded.phase, language = excluded.language,"
                                + " phone = excluded.phone, code_hash = excluded.code_hash,"
                                + " code_expires_at = excluded.code_expires_at, attempts = excluded.attempts,"
                                + " codes_sent = excluded.codes_sent, updated_at = now()",
                        s.tenant(),
                        s.sessionId(),
                        s.phase().name(),
                        s.language(),
                        s.phone(),
                        s.codeHash(),
                        s.codeExpiresAt() == null ? null : Timestamp.from(s.codeExpiresAt()),
                        s.attempts(),
                        s.codesSent()));
    }

    /** The answer already given to this client message id, as JSON. */
    Optional<String> answer(String tenant, String sessionId, String messageId) {
        List<String> rows = tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForList(
                        "select answer::text from webchat_answers where tenant_id = ? and session_id = ? and message_id = ?",
                        String.class,
                        tenant,
                        sessionId,
                        messageId));
        return rows.stream().findFirst();
    }

    /** Keeps the answer to a client message id; answers older than a day are dropped on the way. */
    void remember(String tenant, String sessionId, String messageId, String answerJson) {
        tx.inTenant(tenant, jdbc -> {
            jdbc.update(
                    "delete from webchat_answers where tenant_id = ? and session_id = ?"
                            + " and created_at < now() - interval '1 day'",
                    tenant,
                    sessionId);
            return jdbc.update(
                    "insert into webchat_answers (tenant_id, session_id, message_id, answer) values (?, ?, ?, ?::jsonb)"
                            + " on conflict do nothing",
                    tenant,
                    sessionId,
                    messageId,
                    answerJson);
        });
    }
}
