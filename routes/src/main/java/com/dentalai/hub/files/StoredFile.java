package com.dentalai.hub.files;

import com.dentalai.hub.domain.files.FileType;
import java.util.Map;
import java.util.UUID;

/** One row of {@code hub_files}: what was presigned and how far the pipeline got. */
record StoredFile(
        UUID id,
        String tenant,
        String patientRef,
        String appointmentRef,
        FileType type,
        String contentType,
        long size,
        String objectKey,
        Status status,
        String reason,
        Map<String, String> derivatives,
        String odooRef) {

    enum Status {
        PENDING,
        STORED,
        REJECTED,
        REGISTERED
    }

    StoredFile {
        derivatives = derivatives == null ? Map.of() : Map.copyOf(derivatives);
    }
}
