package com.dentalai.hub.domain.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A request to upload one clinical file, before any byte is sent: checked against the type's
 * content-type allowlist and size limit, so a presigned URL is only ever issued for what the
 * pipeline will accept.
 */
public record UploadRequest(
        String tenant, String patientRef, String appointmentRef, String fileType, String contentType, long size) {

    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** Field-named problems; empty when the request may be presigned. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (patientRef == null || !REF.matcher(patientRef).matches()) {
            problems.add(new FieldProblem("patient_ref", "must be 1-64 letters, digits or . _ : -"));
        }
        if (appointmentRef != null && !REF.matcher(appointmentRef).matches()) {
            problems.add(new FieldProblem("appointment_ref", "must be 1-64 letters, digits or . _ : -"));
        }
        FileType type = FileType.fromWire(fileType).orElse(null);
        if (type == null) {
            problems.add(new FieldProblem("file_type", "must be one of photo, xray, cbct, pdf"));
        } else {
            if (!type.allows(contentType)) {
                problems.add(new FieldProblem(
                        "content_type",
                        "must be one of "
                                + String.join(
                                        ", ",
                                        type.contentTypes().stream().sorted().toList())));
            }
            if (size <= 0) {
                problems.add(new FieldProblem("size", "must be greater than 0"));
            } else if (size > type.maxBytes()) {
                problems.add(new FieldProblem("size", "must be at most " + type.maxBytes() + " bytes for " + fileType));
            }
        }
        return problems;
    }

    public FileType type() {
        return FileType.fromWire(fileType).orElseThrow();
    }

    /** A problem with one request field, named as on the wire. */
    public record FieldProblem(String field, String message) {}
}
