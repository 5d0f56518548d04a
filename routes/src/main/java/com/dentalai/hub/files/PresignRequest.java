package com.dentalai.hub.files;

import com.dentalai.hub.domain.files.UploadRequest;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /api/v1/files/presign} (CONTRACTS.md, field names exact). */
record PresignRequest(
        @JsonProperty("tenant") String tenant,
        @JsonProperty("patient_ref") String patientRef,
        @JsonProperty("appointment_ref") String appointmentRef,
        @JsonProperty("file_type") String fileType,
        @JsonProperty("content_type") String contentType,
        @JsonProperty("size") Long size) {

    UploadRequest toUpload(String tenantId) {
        return new UploadRequest(tenantId, patientRef, appointmentRef, fileType, contentType, size == null ? 0 : size);
    }
}
