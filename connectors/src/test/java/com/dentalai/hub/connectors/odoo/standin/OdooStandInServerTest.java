package com.dentalai.hub.connectors.odoo.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ORM behaviours the connector and later mapping code rely on, checked on the stand-in directly. */
class OdooStandInServerTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2030-01-01T08:00:00Z");

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final OdooStandInServer odoo = new OdooStandInServer("test", clock);

    @Test
    void writeDateMovesOnWriteSoChangesCanBePolled() {
        long id = odoo.seed("res.partner", Map.of("name", "Dana"));
        clock.advanceSeconds(90);

        odoo.superuser("res.partner", "write", List.of(List.of(id), Map.of("phone", "+972500000000")), Map.of());

        Map<String, Object> p =
                odoo.searchRead("res.partner", List.of(List.of("id", "=", id))).get(0);
        assertThat(p.get("create_date")).isEqualTo("2030-01-01 08:00:00");
        assertThat(p.get("write_date")).isEqualTo("2030-01-01 08:01:30");
        assertThat(odoo.searchRead("res.partner", List.of(List.of("write_date", ">", "2030-01-01 08:00:00"))))
                .extracting(r -> r.get("id"))
                .containsExactly(id);
    }

    @Test
    void dentalSequencesLinesAndRelatedFields() {
        long patient = odoo.seed("patient.patient", Map.of("patient_name", "Noa", "date_of_birth", "1990-05-01"));
        long second = odoo.seed("patient.patient", Map.of("patient_name", "Eli"));
        long product = odoo.seed("product.product", Map.of("name", "Filling", "list_price", 350.0));
        long appointment = odoo.seed(
                "patient.appointment",
                Map.of(
                        "patient_id",
                        patient,
                        "start",
                        "2030-01-02 09:00:00",
                        "stop",
                        "2030-01-02 09:30:00",
                        "procedure_line_id",
                        List.of(List.of(0L, 0L, Map.of("tooth_no", "Tooth14", "service_item_id", product)))));

        assertThat(odoo.searchRead("patient.patient", List.of()))
                .extracting(r -> r.get("patient_serial"))
                .containsExactly("PAT000001", "PAT000002");
        Map<String, Object> a = odoo.searchRead("patient.appointment", List.of(List.of("id", "=", appointment)))
                .get(0);
        assertThat(a.get("appointment_serial")).isEqualTo("APT000001");
        assertThat(a.get("appointment_status")).isEqualTo("draft");
        assertThat(a.get("duration")).isEqualTo(0.5);
        assertThat(a.get("patient_id")).isEqualTo(List.of(patient, "Noa"));
        Map<String, Object> line =
                odoo.searchRead("dental.procedure.line", List.of()).get(0);
        assertThat(a.get("procedure_line_id")).isEqualTo(List.of(line.get("id")));
        assertThat(line.get("patient_id")).isEqualTo(List.of(patient, "Noa"));
        assertThat(line.get("cost")).isEqualTo(350.0);
        assertThat(odoo.searchRead("patient.patient", List.of(List.of("appointment_id", "!=", false))))
                .extracting(r -> r.get("id"))
                .containsExactly(patient)
                .doesNotContain(second);
        assertThat(odoo.searchRead("patient.patient", List.of(List.of("id", "=", patient)))
                        .get(0)
                        .get("age"))
                .isEqualTo("39");
    }

    @Test
    void archivedRecordsHideUnlessAsked() {
        long archived = odoo.seed("res.partner", Map.of("name", "Old", "active", false));

        assertThat(odoo.searchRead("res.partner", List.of(List.of("name", "=", "Old"))))
                .isEmpty();
        assertThat(odoo.searchRead(
                        "res.partner",
                        List.of(List.of("name", "=", "Old"), List.of("active", "in", List.of(true, false)))))
                .extracting(r -> r.get("id"))
                .containsExactly(archived);
    }

    @Test
    void unlinkCleansChatterAndMany2ManyLinks() {
        long tag = odoo.seed("res.partner.category", Map.of("name", "VIP"));
        long partner = odoo.seed(
                "res.partner", Map.of("name", "Tagged", "category_id", List.of(List.of(6L, 0L, List.of(tag)))));
        odoo.superuser("res.partner", "message_post", List.of(List.of(partner)), Map.of("body", "<b>hi</b>"));
        Map<String, Object> message = odoo.searchRead("mail.message", List.of(List.of("res_id", "=", partner)))
                .get(0);
        assertThat(message.get("body")).isEqualTo("<p>&lt;b&gt;hi&lt;/b&gt;</p>");
        assertThat(message.get("record_name")).isEqualTo("Tagged");

        odoo.superuser("res.partner.category", "unlink", List.of(List.of(tag)), Map.of());
        assertThat(odoo.searchRead("res.partner", List.of(List.of("id", "=", partner)))
                        .get(0)
                        .get("category_id"))
                .isEqualTo(List.of());
        odoo.superuser("res.partner", "unlink", List.of(List.of(partner)), Map.of());
        assertThat(odoo.searchRead(
                        "mail.message", List.of(List.of("res_id", "=", partner), List.of("model", "=", "res.partner"))))
                .isEmpty();
    }

    @Test
    void nameSearchFieldsGetAndAttachments() {
        long partner = odoo.seed("res.partner", Map.of("name", "Shira Cohen"));
        odoo.seed(
                "ir.attachment",
                Map.of(
                        "name",
                        "xray.png",
                        "res_model",
                        "res.partner",
                        "res_id",
                        partner,
                        "datas",
                        Base64.getEncoder().encodeToString(new byte[123]),
                        "mimetype",
                        "image/png"));

        assertThat(odoo.superuser("res.partner", "name_search", List.of("shira"), Map.of()))
                .isEqualTo(List.of(List.of(partner, "Shira Cohen")));
        assertThat(odoo.searchRead("ir.attachment", List.of()).get(0).get("file_size"))
                .isEqualTo(123L);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> fields = (Map<String, Map<String, Object>>) odoo.superuser(
                "patient.appointment",
                "fields_get",
                List.of(),
                Map.of("attributes", List.of("type", "selection", "required")));
        assertThat(fields.get("appointment_serial")).containsEntry("required", true);
        assertThat((List<?>) fields.get("appointment_status").get("selection")).hasSize(6);
        assertThat(fields.get("start")).containsEntry("type", "datetime").doesNotContainKey("relation");
    }

    @Test
    void staffCommentsNotesAndDoneActivitiesLookAsInOdoo17() {
        long partner = odoo.seed("res.partner", Map.of("name", "Noa Levi"));
        long partnerModel = (Long) odoo.searchRead("ir.model", List.of(List.of("model", "=", "res.partner")))
                .get(0)
                .get("id");
        long note = (Long) odoo.superuser(
                "res.partner",
                "message_post",
                List.of(List.of(partner)),
                Map.of("body", "handover", "message_type", "comment"));
        long comment = (Long) odoo.as(
                "demo",
                "res.partner",
                "message_post",
                List.of(List.of(partner)),
                Map.of("body", "We can see you at 4", "message_type", "comment", "subtype_xmlid", "mail.mt_comment"));
        long activity = (Long) odoo.superuser(
                "mail.activity",
                "create",
                List.of(Map.of(
                        "res_model_id",
                        partnerModel,
                        "res_id",
                        partner,
                        "summary",
                        "Call back",
                        "date_deadline",
                        "2030-01-01")),
                Map.of());

        assertThat(odoo.searchRead("mail.activity", List.of(List.of("id", "=", activity)))
                        .get(0))
                .containsEntry("res_model", "res.partner")
                .containsEntry("res_name", "Noa Levi");
        List<Map<String, Object>> staff = odoo.searchRead(
                "mail.message",
                List.of(
                        List.of("model", "=", "res.partner"),
                        List.of("res_id", "=", partner),
                        List.of("message_type", "=", "comment"),
                        List.of("subtype_id.internal", "=", false),
                        List.of("create_uid.share", "=", false)));
        assertThat(staff).extracting(m -> m.get("id")).containsExactly(comment).doesNotContain(note);
        assertThat(staff.get(0).get("subtype_id")).isEqualTo(List.of(1L, "Discussions"));

        Object done = odoo.as(
                "demo", "mail.activity", "action_feedback", List.of(List.of(activity)), Map.of("feedback", "called"));

        assertThat(odoo.searchRead("mail.activity", List.of(List.of("id", "=", activity))))
                .isEmpty();
        Map<String, Object> doneMessage = odoo.searchRead("mail.message", List.of(List.of("id", "=", done)))
                .get(0);
        assertThat(doneMessage)
                .containsEntry("message_type", "notification")
                .containsEntry("subtype_id", List.of(3L, "Activities"));
    }

    @Test
    void activitiesNeedTheModelsIrModelRowAndReadBackTheModelName() {
        long appointment =
                odoo.seed("patient.appointment", Map.of("start", "2030-01-01 08:00:00", "stop", "2030-01-01 08:30:00"));
        @SuppressWarnings("unchecked")
        List<Long> model = (List<Long>) odoo.superuser(
                "ir.model", "search", List.of(List.of(List.of("model", "=", "patient.appointment"))), Map.of());
        assertThat(model).hasSize(1);

        long activity = odoo.seed(
                "mail.activity",
                Map.of(
                        "res_model_id",
                        model.get(0),
                        "res_id",
                        appointment,
                        "summary",
                        "Call the patient",
                        "date_deadline",
                        "2030-01-01"));

        assertThat(odoo.searchRead("mail.activity", List.of(List.of("id", "=", activity)))
                        .get(0))
                .containsEntry("res_model", "patient.appointment")
                .containsEntry("res_id", appointment);
    }

    @Test
    void faultsLikeOdoo() {
        assertFault(
                () -> odoo.superuser("mail.activity", "create", List.of(Map.of("summary", "call back")), Map.of()),
                StandInFault.Type.VALIDATION,
                "The operation cannot be completed");
        assertFault(
                () -> odoo.superuser("res.company", "message_post", List.of(List.of(1L)), Map.of("body", "x")),
                StandInFault.Type.ATTRIBUTE,
                "The method 'res.company.message_post' does not exist");
        assertFault(
                () -> odoo.superuser("res.partner", "search", List.of(List.of()), Map.of("order", "nope desc")),
                StandInFault.Type.VALUE,
                "Invalid \"order\"");
        assertFault(
                () -> odoo.superuser(
                        "calendar.event",
                        "create",
                        List.of(Map.of("name", "x", "start", "2030-01-01T09:00:00")),
                        Map.of()),
                StandInFault.Type.VALUE,
                "does not match format");
        assertFault(
                () -> odoo.superuser("res.partner", "search", List.of(List.of("|", List.of("id", "=", 1))), Map.of()),
                StandInFault.Type.VALUE,
                "Invalid domain");
    }

    private static void assertFault(Runnable call, StandInFault.Type type, String text) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        StandInFault.class, f -> assertThat(f.type).isEqualTo(type))
                .hasMessageContaining(text);
    }

    @Test
    void aNoteWithAMentionCarriesThePartnerAndALinkAsOdoo17WebClientPostsIt() {
        odoo.addUser("dr.cohen", "pw", "Dr Cohen", "cohen@clinic.example");
        long patient = odoo.seed("patient.patient", Map.of("patient_name", "Noa"));

        long message = odoo.postNote("admin", "patient.patient", patient, "please check the x-ray", "dr.cohen");

        Map<String, Object> m = odoo.searchRead(
                        "mail.message", List.of(List.of("partner_ids", "!=", false), List.of("id", "=", message)))
                .get(0);
        long partner = odoo.partnerOf("dr.cohen");
        assertThat(m.get("partner_ids")).isEqualTo(List.of(partner));
        assertThat(m.get("message_type")).isEqualTo("comment");
        assertThat(m.get("is_internal")).isEqualTo(true);
        assertThat(m.get("subtype_id")).isEqualTo(List.of(2L, "Note"));
        assertThat(m.get("author_id")).isEqualTo(List.of(odoo.partnerOf("admin"), "Mitchell Admin"));
        assertThat((String) m.get("body"))
                .contains("class=\"o_mail_redirect\" data-oe-id=\"" + partner + "\" data-oe-model=\"res.partner\"")
                .contains("@Dr Cohen");
        assertThat(m.get("date")).isNotEqualTo(false);
        assertThat(odoo.searchRead("res.users", List.of(List.of("partner_id", "=", partner))))
                .extracting(r -> r.get("email"))
                .containsExactly("cohen@clinic.example");
    }

    @Test
    void messagePostTakesPartnersAndTheNoteSubtype() {
        odoo.addUser("dr.levi", "pw", "Dr Levi");
        long patient = odoo.seed("patient.patient", Map.of("patient_name", "Eli"));
        long partner = odoo.partnerOf("dr.levi");

        long message = (Long) odoo.superuser(
                "patient.patient",
                "message_post",
                List.of(List.of(patient)),
                Map.of(
                        "body",
                        "hi",
                        "message_type",
                        "comment",
                        "subtype_xmlid",
                        "mail.mt_note",
                        "partner_ids",
                        List.of(partner)));

        Map<String, Object> m = odoo.searchRead("mail.message", List.of(List.of("id", "=", message)))
                .get(0);
        assertThat(m.get("partner_ids")).isEqualTo(List.of(partner));
        assertThat(m.get("is_internal")).isEqualTo(true);
    }

    @Test
    void anActivityAssignedByOneUserToAnotherKeepsBoth() {
        long assignee = odoo.addUser("dr.katz", "pw", "Dr Katz");
        long patient = odoo.seed("patient.patient", Map.of("patient_name", "Tal"));

        long activity = (Long) odoo.asUser(
                "admin",
                "mail.activity",
                "create",
                List.of(Map.of(
                        "res_model_id",
                        odoo.modelId("patient.patient"),
                        "res_id",
                        patient,
                        "user_id",
                        assignee,
                        "activity_type_id",
                        4L,
                        "summary",
                        "call back",
                        "date_deadline",
                        "2030-01-03")),
                Map.of());

        Map<String, Object> a = odoo.searchRead("mail.activity", List.of(List.of("id", "=", activity)))
                .get(0);
        assertThat(a.get("user_id")).isEqualTo(List.of(assignee, "Dr Katz"));
        assertThat(a.get("create_uid")).isEqualTo(List.of(OdooStandInServer.ADMIN_UID, "Mitchell Admin"));
    }
}
