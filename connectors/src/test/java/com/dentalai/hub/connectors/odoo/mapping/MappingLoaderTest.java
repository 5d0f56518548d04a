package com.dentalai.hub.connectors.odoo.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.clinic.AppointmentStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingLoaderTest {

    @TempDir
    Path folder;

    @Test
    void readsThePackagedStandardMapping() {
        OdooMapping m = new MappingLoader(null).load("standard");

        assertThat(m.source()).isEqualTo("mappings/standard.yaml");
        assertThat(m.patient().model()).isEqualTo("res.partner");
        assertThat(m.patient().fields().phone()).containsExactly("phone", "mobile");
        assertThat(m.appointment().patientLink()).isEqualTo(OdooMapping.PatientLink.MANY2MANY);
        assertThat(m.appointment().cancel()).isEqualTo(OdooMapping.CancelMode.ARCHIVE);
        assertThat(m.attachment().patient().kind()).isEqualTo(OdooMapping.AttachmentKind.IR_ATTACHMENT);
        assertThat(m.invoice().patientMatch()).isEqualTo(OdooMapping.PatientMatch.ID);
    }

    @Test
    void readsThePackagedDentalMapping() {
        OdooMapping m = new MappingLoader(null).load("dental");

        assertThat(m.appointment().model()).isEqualTo("patient.appointment");
        assertThat(m.appointment().statuses()).containsEntry("confirm", AppointmentStatus.CONFIRMED);
        assertThat(m.appointment().releasedStatuses())
                .containsExactlyInAnyOrder("in_exam", "completed_exam", "completed_appointment", "cancelled");
        assertThat(m.appointment().defaults()).containsEntry("appointment_type", "reserve");
        assertThat(m.attachment().appointment().fields()).containsEntry("owner", "appointment_id");
    }

    @Test
    void theOperatorFolderWinsOverThePackagedCopy() throws IOException {
        String edited = Files.readString(Path.of("../config/odoo/mappings/standard.yaml"))
                .replace("title: Dental appointment", "title: Visit");
        Files.writeString(folder.resolve("standard.yaml"), edited);

        assertThat(new MappingLoader(folder).load("standard").appointment().title())
                .isEqualTo("Visit");
    }

    @Test
    void aMisspelledKeyIsNamedWithItsPath() throws IOException {
        write("broken", DENTAL_START.replace("    start: start", "    startt: start"));

        assertThatThrownBy(() -> new MappingLoader(folder).load("broken"))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith("mappings/broken.yaml: appointment.fields.startt -> ");
    }

    @Test
    void aMissingRequiredKeyIsNamed() throws IOException {
        write("partial", DENTAL_START.replace("    start: start\n", ""));

        assertThatThrownBy(() -> new MappingLoader(folder).load("partial"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("mappings/partial.yaml: appointment.fields.start -> required");
    }

    @Test
    void aBookStatusOutsideTheStatusesIsNamed() throws IOException {
        write("status", DENTAL_START.replace("book-status: confirm", "book-status: confirmed"));

        assertThatThrownBy(() -> new MappingLoader(folder).load("status"))
                .hasMessageContaining(
                        "mappings/status.yaml: appointment.book-status -> 'confirmed' is not one of appointment.statuses");
    }

    @Test
    void unknownOrUnsafeNamesAreRefused() {
        assertThatThrownBy(() -> new MappingLoader(folder).load("nope"))
                .hasMessage("mappings/nope.yaml: no such mapping");
        assertThatThrownBy(() -> new MappingLoader(folder).load("../etc/passwd"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("mapping name must match");
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(folder.resolve(name + ".yaml"), yaml);
    }

    static final String DENTAL_START =
            """
            patient:
              model: patient.patient
              fields:
                name: patient_name
                phone: [contact_number]
            practitioner:
              model: clinic.doctor
              fields:
                name: doctor_name
            appointment:
              model: patient.appointment
              patient-link: many2one
              fields:
                start: start
                end: stop
                patient: patient_id
                practitioner: doctor_id
                note: chief_complaints
                status: appointment_status
              statuses: {draft: REQUESTED, confirm: CONFIRMED, cancelled: CANCELLED}
              book-status: confirm
              cancel: status
              cancel-status: cancelled
            """;
}
