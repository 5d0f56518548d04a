package com.dentalai.hub.connectors.odoo.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.OdooConnection;
import com.dentalai.hub.connectors.odoo.OdooException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingValidatorTest {

    static StandInFixture fx;
    final MappingValidator validator = new MappingValidator();

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        fx = new StandInFixture("standard");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void bothPackagedMappingsFitOdoo17() {
        MappingLoader loader = new MappingLoader(null);

        assertThat(validator.validate(loader.load("standard"), fx.client)).isEmpty();
        assertThat(validator.validate(loader.load("dental"), fx.client)).isEmpty();
    }

    @Test
    void aMisspelledFieldIsNamedWithItsKeyAndModel() throws IOException {
        copyDental("dental-typo", "    start: start\n", "    start: startt\n");

        assertThat(validator.validate(new MappingLoader(folder).load("dental-typo"), fx.client))
                .containsExactly(
                        "mappings/dental-typo.yaml: appointment.fields.start -> field 'startt' does not exist on patient.appointment");
    }

    @Test
    void aMissingModelIsNamedWithItsKey() throws IOException {
        copyDental("dental-model", "  model: patient.appointment\n", "  model: patient.appointmentt\n");

        assertThat(validator.validate(new MappingLoader(folder).load("dental-model"), fx.client))
                .contains("mappings/dental-model.yaml: appointment.model -> model 'patient.appointmentt' does not exist"
                        + " (is its module installed?)");
    }

    @Test
    void wrongTypesRelationsAndSelectionValuesAreNamed() throws IOException {
        copyDental(
                "dental-kinds",
                "    practitioner: doctor_id\n",
                "    practitioner: user_id\n",
                "    in_exam: DONE\n",
                "    in_exam: DONE\n    examining: DONE\n",
                "    note: chief_complaints\n",
                "    note: start\n");

        assertThat(validator.validate(new MappingLoader(folder).load("dental-kinds"), fx.client))
                .containsExactlyInAnyOrder(
                        "mappings/dental-kinds.yaml: appointment.fields.practitioner -> field 'user_id' on"
                                + " patient.appointment points at res.users, expected clinic.doctor",
                        "mappings/dental-kinds.yaml: appointment.fields.note -> field 'start' on patient.appointment is"
                                + " a datetime, expected char or html or text",
                        "mappings/dental-kinds.yaml: appointment.statuses.examining -> 'examining' is not a value of"
                                + " patient.appointment.appointment_status [cancelled, completed_appointment,"
                                + " completed_exam, confirm, draft, in_exam]");
    }

    @Test
    void aWrongPasswordIsAConnectionFailureNotAMappingProblem() {
        var client = new OdooClientFactory()
                .create(OdooConnection.xmlRpc("t-wrong", fx.odoo.url(), fx.odoo.database(), "admin", "wrong"));

        assertThatThrownBy(() -> validator.validate(fx.mapping, client))
                .isInstanceOfSatisfying(
                        OdooException.class, e -> assertThat(e.kind()).isEqualTo(OdooException.Kind.AUTH));
    }

    private void copyDental(String name, String... replacements) throws IOException {
        String yaml = Files.readString(Path.of("../config/odoo/mappings/dental.yaml"));
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(yaml).contains(replacements[i]);
            yaml = yaml.replace(replacements[i], replacements[i + 1]);
        }
        Files.writeString(folder.resolve(name + ".yaml"), yaml);
    }
}
