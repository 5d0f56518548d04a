package com.dentalai.hub.channels;

import com.dentalai.hub.platform.db.TenantTransactions;
import org.springframework.stereotype.Component;

/** The getUpdates offset of each polling tenant's bot (table telegram_poll_offsets, RLS per tenant). */
@Component
class TelegramOffsets {

    private final TenantTransactions tx;

    TelegramOffsets(TenantTransactions tx) {
        this.tx = tx;
    }

    /** The next offset to ask for; 0 (everything Telegram still holds) for a bot never polled. */
    long next(String tenantId, String botId) {
        return tx.inTenant(tenantId, jdbc -> jdbc
                .query(
                        "select next_offset from telegram_poll_offsets where tenant_id = ? and bot_id = ?",
                        (rs, i) -> rs.getLong(1),
                        tenantId,
                        botId)
                .stream()
                .findFirst()
                .orElse(0L));
    }

    /** Moves the offset forward (never back: a late writer cannot make updates come again). */
    void advance(String tenantId, String botId, long nextOffset) {
        tx.inTenant(
                tenantId,
                jdbc -> jdbc.update(
                        "insert into telegram_poll_offsets (tenant_id, bot_id, next_offset) values (?, ?, ?)"
                                + " on conflict (tenant_id, bot_id) do update"
                                + " set next_offset = greatest(telegram_poll_offsets.next_offset, excluded.next_offset),"
                                + " updated_at = now()",
                        tenantId,
                        botId,
                        nextOffset));
    }
}
