package com.dentalai.hub.domain.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UploadRequestTest {

    @Test
    void aPhotoWithinLimitsHasNoProblems() {
        UploadRequest ok = new UploadRequest("smile-tlv", "PAT000001", null, "photo", "image/jpeg", 1_000_000);

        assertThat(ok.problems()).isEmpty();
        assertThat(ok.type()).isEqualTo(FileType.PHOTO);
    }

    @Test
    void eachBadFieldIsNamed() {
        UploadRequest bad = new UploadRequest("t", "'; drop table x; --", "a b", "video", "video/mp4", 5);

        assertThat(bad.problems())
                .extracting(UploadRequest.FieldProblem::field)
                .containsExactly("patient_ref", "appointment_ref", "file_type");
    }

    @Test
    void contentTypeMustMatchTheTypeAndSizeItsLimit() {
        UploadRequest wrongType = new UploadRequest("t", "p1", null, "pdf", "image/png", 10);
        UploadRequest tooBig = new UploadRequest("t", "p1", null, "photo", "image/png", FileType.PHOTO.maxBytes() + 1);
        UploadRequest empty = new UploadRequest("t", "p1", null, "xray", "application/dicom", 0);

        assertThat(wrongType.problems())
                .extracting(UploadRequest.FieldProblem::field)
                .containsExactly("content_type");
        assertThat(tooBig.problems())
                .extracting(UploadRequest.FieldProblem::field)
                .containsExactly("size");
        assertThat(empty.problems())
                .extracting(UploadRequest.FieldProblem::message)
                .containsExactly("must be greater than 0");
        assertThat(FileType.fromWire(null)).isEmpty();
        assertThat(FileType.CBCT.wireName()).isEqualTo("cbct");
    }

    @Test
    void keysRoundTripAndRejectForeignLayouts() {
        String id = UUID.randomUUID().toString();
        String key = ObjectKeys.original("smile-tlv", "PAT000001", id);

        ObjectKeys.ParsedKey parsed = ObjectKeys.parse(key).orElseThrow();

        assertThat(parsed.tenant()).isEqualTo("smile-tlv");
        assertThat(parsed.isOriginal()).isTrue();
        assertThat(ObjectKeys.derivative(parsed, "thumb-256.jpg")).endsWith("/" + id + "/thumb-256.jpg");
        assertThat(ObjectKeys.parse("other/smile-tlv/x")).isEmpty();
        assertThat(ObjectKeys.parse("tenants/../patients/p/" + id + "/original"))
                .isEmpty();
        assertThat(ObjectKeys.parse(null)).isEmpty();
    }
}
