package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.camel.CursorStore;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The {@code odoo:} consumers' positions in PostgreSQL (table odoo_poll_cursors, RLS per tenant). */
@Component
class JdbcCursorStore implements CursorStore {

    private final TenantTransactions tx;

    JdbcCursorStore(TenantTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Cursor> load(String tenantId, String cursorKey) {
        return tx.inTenant(tenantId, jdbc -> jdbc
                .query(
                        "select write_date, last_id from odoo_poll_cursors where tenant_id = ? and cursor_key = ?",
                        (rs, i) -> new Cursor(rs.getString(1), rs.getLong(2)),
                        tenantId,
                        cursorKey)
                .stream()
                .findFirst());
    }

    @Override
    public void save(String tenantId, String cursorKey, Cursor cursor) {
        tx.inTenant(
                tenantId,
                jdbc -> jdbc.update(
                        "insert into odoo_poll_cursors (tenant_id, cursor_key, write_date, last_id) values (?, ?, ?, ?)"
                                + " on conflict (tenant_id, cursor_key) do update"
                                + " set write_date = excluded.write_date, last_id = excluded.last_id, updated_at = now()",
                        tenantId,
                        cursorKey,
                        cursor.writeDate(),
                        cursor.lastId()));
    }
}
