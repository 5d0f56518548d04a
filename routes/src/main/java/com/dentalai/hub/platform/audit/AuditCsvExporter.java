package com.dentalai.hub.platform.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Streams audit rows as CSV (CONTRACTS.md header) in keyset pages by id: memory stays at one
 * buffered page whatever the export's size, and each page is its own short transaction. The
 * export stops at the highest id visible when it starts, so rows written meanwhile never make it
 * run forever.
 */
@Component
class AuditCsvExporter {

    static final String HEADER = "ts,tenant,actor,verb,object_type,object_id,outcome,ip,correlation_id,extra";

    private final AuditStore store;
    private final int pageSize;

    AuditCsvExporter(AuditStore store, AuditProperties props) {
        this.store = store;
        this.pageSize = props.exportPageSize();
    }

    /** Writes the CSV for {@code scope} and the query window to {@code out}; returns the row count. */
    long export(Collection<String> scope, AuditExportQuery query, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(HEADER);
        writer.write("\r\n");
        long maxId = store.maxId(scope);
        long afterId = 0;
        long total = 0;
        CsvWriter csv = new CsvWriter(writer);
        while (true) {
            PageSink page = new PageSink(csv);
            try {
                store.exportPage(scope, afterId, maxId, query.from(), query.to(), query.verbList(), pageSize, page);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            total += page.rows;
            if (page.rows < pageSize) {
                break;
            }
            afterId = page.lastId;
            writer.flush();
        }
        writer.flush();
        return total;
    }

    /** Writes each row of a page as it arrives from the driver. */
    private static final class PageSink implements RowCallbackHandler {

        private final CsvWriter csv;
        private long rows;
        private long lastId;

        PageSink(CsvWriter csv) {
            this.csv = csv;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            lastId = rs.getLong("id");
            rows++;
            try {
                csv.row(
                        rs.getObject("ts", OffsetDateTime.class).toInstant().toString(),
                        rs.getString("tenant_id"),
                        rs.getString("actor"),
                        rs.getString("verb"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("outcome"),
                        rs.getString("ip"),
                        rs.getString("correlation_id"),
                        rs.getString("extra"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
