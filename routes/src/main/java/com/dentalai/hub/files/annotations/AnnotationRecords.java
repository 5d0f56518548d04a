package com.dentalai.hub.files.annotations;

import com.dentalai.hub.platform.db.TenantTransactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code hub_file_annotations} (and the owning {@code hub_files} row) under row-level security:
 * another tenant's file is simply absent, which the API answers as 404.
 */
@Component
class AnnotationRecords {

    private static final TypeReference<List<AnnotationRequest.Point>> POINTS = new TypeReference<>() {};

    private static final String COLUMNS =
            "id, file_id, kind, points::text as points, text, color, author, created_at," + " version";

    private final TenantTransactions tx;
    private final ObjectMapper json;

    AnnotationRecords(TenantTransactions tx, ObjectMapper json) {
        this.tx = tx;
        this.json = json;
    }

    /** The file's patient reference (the record owner for PATIENT reach), or empty when not visible. */
    Optional<String> filePatient(String tenant, UUID fileId) {
        List<String> owners = tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForList(
                        "select patient_ref from hub_files where tenant_id = ? and id = ?",
                        String.class,
                        tenant,
                        fileId));
        return owners.stream().findFirst();
    }

    List<Annotation> list(String tenant, UUID fileId) {
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.query(
                        "select " + COLUMNS + " from hub_file_annotations where tenant_id = ? and file_id = ?"
                                + " order by created_at, id",
                        this::row,
                        tenant,
                        fileId));
    }

    Annotation insert(String tenant, UUID fileId, AnnotationRequest request, String author) {
        UUID id = UUID.randomUUID();
        return tx.inTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "insert into hub_file_annotations (id, tenant_id, file_id, kind, points, text, color, author)"
                                + " values (?, ?, ?, ?, ?::jsonb, ?, ?, ?) returning " + COLUMNS,
                        this::row,
                        id,
                        tenant,
                        fileId,
                        request.kind(),
                        toJson(request.points()),
                        request.text(),
                        request.normalisedColor(),
                        author));
    }

    /**
     * Writes {@code request} over the annotation if it is still at {@code request.version()};
     * answers the new row, or why not.
     */
    AnnotationAnswer update(String tenant, UUID fileId, UUID id, AnnotationRequest request) {
        return tx.inTenant(tenant, jdbc -> {
            List<Annotation> updated = jdbc.query(
                    "update hub_file_annotations set kind = ?, points = ?::jsonb, text = ?, color = ?,"
                            + " version = version + 1, updated_at = now()"
                            + " where tenant_id = ? and file_id = ? and id = ? and version = ? returning " + COLUMNS,
                    this::row,
                    request.kind(),
                    toJson(request.points()),
                    request.text(),
                    request.normalisedColor(),
                    tenant,
                    fileId,
                    id,
                    request.version());
            if (!updated.isEmpty()) {
                return AnnotationAnswer.of(updated.get(0));
            }
            return exists(jdbc, tenant, fileId, id)
                    ? AnnotationAnswer.of(AnnotationAnswer.Status.VERSION_CONFLICT)
                    : AnnotationAnswer.of(AnnotationAnswer.Status.ANNOTATION_NOT_FOUND);
        });
    }

    boolean delete(String tenant, UUID fileId, UUID id) {
        return tx.inTenant(
                        tenant,
                        jdbc -> jdbc.update(
                                "delete from hub_file_annotations where tenant_id = ? and file_id = ? and id = ?",
                                tenant,
                                fileId,
                                id))
                > 0;
    }

    private static boolean exists(
            org.springframework.jdbc.core.JdbcTemplate jdbc, String tenant, UUID fileId, UUID id) {
        Integer count = jdbc.queryForObject(
                "select count(*) from hub_file_annotations where tenant_id = ? and file_id = ? and id = ?",
                Integer.class,
                tenant,
                fileId,
                id);
        return count != null && count > 0;
    }

    private Annotation row(ResultSet rs, int rowNum) throws SQLException {
        return new Annotation(
                rs.getObject("id", UUID.class),
                rs.getObject("file_id", UUID.class),
                rs.getString("kind"),
                fromJson(rs.getString("points")),
                rs.getString("text"),
                rs.getString("color"),
                rs.getString("author"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"));
    }

    private String toJson(List<AnnotationRequest.Point> points) {
        try {
            return json.writeValueAsString(points);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("annotation points are not writable as JSON", e);
        }
    }

    private List<AnnotationRequest.Point> fromJson(String raw) {
        try {
            return json.readValue(raw, POINTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hub_file_annotations.points is not a JSON array of points", e);
        }
    }
}
