package com.dentalai.hub.files;

import com.dentalai.hub.domain.files.FileType;
import com.dentalai.hub.platform.db.TenantTransactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code hub_files} under row-level security: every statement runs for the file's tenant. */
@Component
class FileRecords {

    private static final TypeReference<Map<String, String>> NAMES_TO_KEYS = new TypeReference<>() {};

    private static final String WHERE = "updated_at = now() where tenant_id = ? and id = ?";

    private final TenantTransactions tx;
    private final ObjectMapper json;

    FileRecords(TenantTransactions tx, ObjectMapper json) {
        this.tx = tx;
        this.json = json;
    }

    void insert(StoredFile file, String createdBy) {
        tx.inTenant(
                file.tenant(),
                jdbc -> jdbc.update(
                        "insert into hub_files (id, tenant_id, patient_ref, appointment_ref, file_type, content_type,"
                                + " size, object_key, status, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        file.id(),
                        file.tenant(),
                        file.patientRef(),
                        file.appointmentRef(),
                        file.type().wireName(),
                        file.contentType(),
                        file.size(),
                        file.objectKey(),
                        file.status().name(),
                        createdBy));
    }

    /** Files the row unless one with its id exists (a retried channel photo); true when inserted. */
    boolean insertIfAbsent(StoredFile file, String createdBy) {
        int inserted = tx.inTenant(
                file.tenant(),
                jdbc -> jdbc.update(
                        "insert into hub_files (id, tenant_id, patient_ref, appointment_ref, file_type, content_type,"
                                + " size, object_key, status, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (id) do nothing",
                        file.id(),
                        file.tenant(),
                        file.patientRef(),
                        file.appointmentRef(),
                        file.type().wireName(),
                        file.contentType(),
                        file.size(),
                        file.objectKey(),
                        file.status().name(),
                        createdBy));
        return inserted == 1;
    }

    Optional<StoredFile> find(String tenant, UUID id) {
        List<StoredFile> rows = tx.inTenant(
                tenant,
                jdbc -> jdbc.query("select * from hub_files where tenant_id = ? and id = ?", this::row, tenant, id));
        return rows.stream().findFirst();
    }

    void reject(String tenant, UUID id, String reason) {
        update(tenant, id, "update hub_files set status = 'REJECTED', reason = ?, " + WHERE, reason);
    }

    void stored(String tenant, UUID id, Map<String, String> derivatives) {
        update(
                tenant,
                id,
                "update hub_files set status = 'STORED', derivatives = ?::jsonb, " + WHERE,
                toJson(derivatives));
    }

    void registered(String tenant, UUID id, String odooRef) {
        update(tenant, id, "update hub_files set status = 'REGISTERED', odoo_ref = ?, " + WHERE, odooRef);
    }

    private void update(String tenant, UUID id, String sql, Object value) {
        tx.inTenant(tenant, jdbc -> jdbc.update(sql, value, tenant, id));
    }

    private StoredFile row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredFile(
                rs.getObject("id", UUID.class),
                rs.getString("tenant_id"),
                rs.getString("patient_ref"),
                rs.getString("appointment_ref"),
                FileType.fromWire(rs.getString("file_type")).orElseThrow(),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("object_key"),
                StoredFile.Status.valueOf(rs.getString("status")),
                rs.getString("reason"),
                fromJson(rs.getString("derivatives")),
                rs.getString("odoo_ref"));
    }

    private String toJson(Map<String, String> derivatives) {
        try {
            return json.writeValueAsString(derivatives);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("derivative keys are not writable as JSON", e);
        }
    }

    private Map<String, String> fromJson(String raw) {
        try {
            return raw == null ? Map.of() : json.readValue(raw, NAMES_TO_KEYS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hub_files.derivatives is not a JSON object of keys", e);
        }
    }
}
