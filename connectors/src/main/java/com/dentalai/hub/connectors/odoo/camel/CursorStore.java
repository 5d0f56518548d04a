package com.dentalai.hub.connectors.odoo.camel;

import java.util.Optional;

/**
 * Where the {@code odoo:} polling consumer keeps how far it got, so a restart neither repeats nor
 * misses changes. The application implements it on its database.
 */
public interface CursorStore {

    /**
     * The position after the last record handed on: its {@code write_date} (Odoo's naive UTC text)
     * and its id, which breaks ties between records written in the same second.
     */
    record Cursor(String writeDate, long lastId) {}

    Optional<Cursor> load(String tenantId, String cursorKey);

    void save(String tenantId, String cursorKey, Cursor cursor);
}
