package com.dentalai.hub.connectors.odoo;

import static com.dentalai.hub.connectors.odoo.OdooDomain.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;
import com.dentalai.hub.connectors.odoo.OdooException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Odoo contract: what our client relies on, exercised end to end. Runs UNCHANGED against the
 * stand-in and against a real Odoo ({@link OdooContractTarget}); every test creates its own
 * records and deletes them afterwards.
 */
@Tag("odoo-contract")
abstract class OdooClientContract {

    static final OdooResilience QUICK = new OdooResilience(
            2, Duration.ofMillis(20), 2.0, Duration.ofMillis(100), 50f, 20, 10, Duration.ofSeconds(5));

    private record Created(String model, long id) {}

    private final Deque<Created> created = new ArrayDeque<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    OdooClientFactory factory;
    OdooClient client;

    abstract Transport transport();

    @BeforeEach
    void connect() {
        assumeTrue(OdooContractTarget.supports(transport()), "transport not offered by this Odoo");
        factory = new OdooClientFactory(QUICK);
        client = factory.create(OdooContractTarget.connection(transport()));
    }

    @AfterEach
    void cleanUp() {
        while (!created.isEmpty()) {
            Created c = created.pop();
            try {
                client.unlink(c.model(), List.of(c.id()));
            } catch (OdooException e) {
                if (e.kind() != Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
    }

    long create(String model, Map<String, ?> values) {
        long id = client.create(model, values);
        created.push(new Created(model, id));
        return id;
    }

    String name(String label) {
        return "hub-contract-" + run + "-" + label;
    }

    // ---------------------------------------------------------------- login

    @Test
    void versionNamesTheServerSeries() {
        Map<String, Object> version = client.version();

        assertThat(version.get("server_version")).asString().matches("\\d+\\.\\d.*");
        assertThat(version.get("server_version_info")).isInstanceOf(List.class);
    }

    @Test
    void authenticateReturnsTheUid() {
        assertThat(client.authenticate()).isPositive();
    }

    @Test
    void aWrongSecretIsAnAuthFailure() {
        OdooClient wrong = factory.create(client.connection().withSecret("not-the-secret"));

        assertKind(wrong::authenticate, Kind.AUTH);
        assertKind(() -> wrong.searchCount("res.partner", OdooDomain.all()), Kind.AUTH);
    }

    // ---------------------------------------------------------------- CRUD

    @Test
    void partnerRoundTrip() {
        long id = create("res.partner", Map.of("name", name("crud"), "email", "crud@example.invalid"));

        Map<String, Object> read = client.read(
                        "res.partner", List.of(id), List.of("name", "email", "mobile", "create_date", "write_date"))
                .get(0);
        assertThat(read.get("id")).isEqualTo(id);
        assertThat(read.get("name")).isEqualTo(name("crud"));
        assertThat(read.get("mobile")).isEqualTo(false);
        assertThat(OdooValues.string(read.get("mobile"))).isEmpty();
        Instant created = OdooValues.instant(read.get("create_date")).orElseThrow();
        assertThat(created)
                .isBetween(
                        Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));

        assertThat(client.write("res.partner", List.of(id), Map.of("mobile", "+972500000000")))
                .isTrue();
        Map<String, Object> updated = client.read("res.partner", List.of(id), List.of("mobile", "write_date"))
                .get(0);
        assertThat(updated.get("mobile")).isEqualTo("+972500000000");
        assertThat(OdooValues.instant(updated.get("write_date")).orElseThrow()).isAfterOrEqualTo(created);

        assertThat(client.searchCount("res.partner", where("id", "=", id))).isEqualTo(1);
        assertThat(client.unlink("res.partner", List.of(id))).isTrue();
        assertThat(client.read("res.partner", List.of(id), List.of("name"))).isEmpty();
    }

    @Test
    void createManyReturnsIdsInOrder() {
        List<Long> ids = client.create("res.partner", List.of(Map.of("name", name("m1")), Map.of("name", name("m2"))));
        ids.forEach(id -> created.push(new Created("res.partner", id)));

        assertThat(ids).hasSize(2);
        assertThat(client.read("res.partner", ids, List.of("name")))
                .extracting(r -> r.get("name"))
                .containsExactly(name("m1"), name("m2"));
    }

    @Test
    void searchReadHonoursDomainOperatorsLimitOffsetAndOrder() {
        long alpha = create("res.partner", Map.of("name", name("alpha"), "city", "Tel Aviv"));
        long beta = create("res.partner", Map.of("name", name("beta"), "city", "Haifa"));
        long gamma = create("res.partner", Map.of("name", name("gamma")));
        OdooDomain mine = where("name", "=like", name("%"));

        assertThat(ids(mine)).containsExactlyInAnyOrder(alpha, beta, gamma);
        assertThat(ids(where("name", "=", name("beta")))).containsExactly(beta);
        assertThat(ids(mine.and(where("name", "!=", name("beta"))))).containsExactlyInAnyOrder(alpha, gamma);
        assertThat(ids(mine.and(where("city", "like", "tel aviv")))).isEmpty();
        assertThat(ids(mine.and(where("city", "ilike", "tel aviv")))).containsExactly(alpha);
        assertThat(ids(mine.and(where("city", "=ilike", "HAIFA")))).containsExactly(beta);
        assertThat(ids(mine.and(where("city", "=", false)))).containsExactly(gamma);
        assertThat(ids(mine.and(where("city", "not ilike", "haifa")))).containsExactlyInAnyOrder(alpha, gamma);
        assertThat(ids(where("id", "in", List.of(alpha, gamma)))).containsExactlyInAnyOrder(alpha, gamma);
        assertThat(ids(mine.and(where("id", "not in", List.of(alpha))))).containsExactlyInAnyOrder(beta, gamma);
        assertThat(ids(mine.and(where("id", ">", alpha)))).containsExactlyInAnyOrder(beta, gamma);
        assertThat(ids(mine.and(where("id", "<=", beta)))).containsExactlyInAnyOrder(alpha, beta);
        assertThat(ids(OdooDomain.or(where("name", "=", name("alpha")), where("name", "=", name("gamma")))))
                .containsExactlyInAnyOrder(alpha, gamma);
        assertThat(ids(mine.and(OdooDomain.not(where("name", "=", name("alpha"))))))
                .containsExactlyInAnyOrder(beta, gamma);

        List<Map<String, Object>> page = client.searchRead("res.partner", mine, List.of("name"), 1, 1, "name desc");
        assertThat(page).extracting(r -> r.get("id")).containsExactly(beta);
        assertThat(client.searchRead("res.partner", mine, List.of("name"), 0, 0, "name asc"))
                .extracting(r -> r.get("id"))
                .containsExactly(alpha, beta, gamma);
        assertThat(client.search("res.partner", mine, 2, 0, "id desc")).containsExactly(gamma, beta);
        assertThat(client.searchCount("res.partner", mine)).isEqualTo(3);
    }

    private List<Long> ids(OdooDomain domain) {
        return client.search("res.partner", domain, 0, 0, null);
    }

    // ---------------------------------------------------------------- values

    @Test
    void eventValuesComeBackAsOdooWritesThem() {
        long uid = client.authenticate();
        long attendee = create("res.partner", Map.of("name", name("attendee")));
        long other = create("res.partner", Map.of("name", name("other")));
        Instant start = Instant.parse("2030-01-07T09:00:00Z");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name("event"));
        values.put("start", start);
        values.put("stop", start.plus(Duration.ofMinutes(90)));
        values.put("user_id", uid);
        values.put("partner_ids", OdooValues.commands(OdooValues.replaceWith(List.of(attendee))));
        long event = create("calendar.event", values);

        Map<String, Object> read = client.read(
                        "calendar.event",
                        List.of(event),
                        List.of("start", "stop", "duration", "user_id", "partner_ids", "allday", "location"))
                .get(0);
        assertThat(read.get("start")).isEqualTo("2030-01-07 09:00:00");
        assertThat(OdooValues.instant(read.get("start"))).contains(start);
        assertThat(OdooValues.doubleValue(read.get("duration"))).contains(1.5);
        Many2One user = OdooValues.many2One(read.get("user_id")).orElseThrow();
        assertThat(user.id()).isEqualTo(uid);
        assertThat(user.name()).isNotBlank();
        assertThat(OdooValues.ids(read.get("partner_ids"))).contains(attendee);
        assertThat(read.get("allday")).isEqualTo(false);
        assertThat(OdooValues.string(read.get("location"))).isEmpty();

        client.write(
                "calendar.event", List.of(event), Map.of("partner_ids", OdooValues.commands(OdooValues.link(other))));
        List<Long> attendees = OdooValues.ids(client.read("calendar.event", List.of(event), List.of("partner_ids"))
                .get(0)
                .get("partner_ids"));
        assertThat(attendees).contains(attendee, other);
    }

    @Test
    void overlappingEventsAreStoredAsOdooDoes() {
        Instant start = Instant.parse("2030-01-08T09:00:00Z");
        long first =
                create("calendar.event", Map.of("name", name("one"), "start", start, "stop", start.plusSeconds(3600)));
        long second =
                create("calendar.event", Map.of("name", name("two"), "start", start, "stop", start.plusSeconds(3600)));

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void fieldsGetDescribesTypesRequiredAndRelations() {
        Map<String, Map<String, Object>> fields =
                client.fieldsGet("calendar.event", List.of("type", "required", "relation"));

        assertThat(fields.get("start")).containsEntry("type", "datetime").containsEntry("required", true);
        assertThat(fields.get("partner_ids"))
                .containsEntry("type", "many2many")
                .containsEntry("relation", "res.partner");
        assertThat(fields.get("user_id")).containsEntry("type", "many2one").containsEntry("relation", "res.users");
    }

    @Test
    void messagePostWritesToTheChatter() {
        long partner = create("res.partner", Map.of("name", name("chatter")));

        long message = client.messagePost("res.partner", partner, "Booked by the hub " + run, Map.of());

        List<Map<String, Object>> messages = client.searchRead(
                "mail.message",
                where("model", "=", "res.partner").and(where("res_id", "=", partner)),
                List.of("body", "author_id"));
        assertThat(messages).extracting(m -> m.get("id")).contains(message);
        Map<String, Object> posted = messages.stream()
                .filter(m -> m.get("id").equals(message))
                .findFirst()
                .orElseThrow();
        assertThat(posted.get("body")).asString().contains("Booked by the hub " + run);
        assertThat(OdooValues.many2One(posted.get("author_id"))).isPresent();
    }

    // ---------------------------------------------------------------- faults

    @Test
    void missingRecordsAreNotFoundOnWriteAndUnlinkButReadIsEmpty() {
        long missing = 999_999_999L;

        assertKind(() -> client.write("res.partner", List.of(missing), Map.of("name", "x")), Kind.NOT_FOUND);
        assertKind(() -> client.unlink("res.partner", List.of(missing)), Kind.NOT_FOUND);
        assertThat(client.read("res.partner", List.of(missing), List.of("name")))
                .isEmpty();
    }

    @Test
    void unknownModelIsItsOwnKind() {
        assertKind(() -> client.searchCount("no.such.model", OdooDomain.all()), Kind.UNKNOWN_MODEL);
    }

    @Test
    void badFieldNamesAreReportedWithTheField() {
        OdooException onCreate =
                catchOdoo(() -> create("res.partner", Map.of("name", name("bad"), "no_such_field", 1)));
        assertThat(onCreate.kind()).isEqualTo(Kind.BAD_FIELD);
        assertThat(onCreate.badField()).contains("no_such_field");

        OdooException inFields =
                catchOdoo(() -> client.searchRead("res.partner", where("id", "=", 1), List.of("no_such_field")));
        assertThat(inFields.kind()).isEqualTo(Kind.BAD_FIELD);
        assertThat(inFields.badField()).contains("no_such_field");

        OdooException inDomain =
                catchOdoo(() -> client.search("res.partner", where("no_such_field", "=", 1), 0, 0, null));
        assertThat(inDomain.kind()).isEqualTo(Kind.BAD_FIELD);
        assertThat(inDomain.badField()).contains("no_such_field");
    }

    @Test
    void validationFaultsKeepOdoosMessageForOperatorsOnly() {
        Instant start = Instant.parse("2030-01-09T09:00:00Z");

        OdooException stopBeforeStart = catchOdoo(() -> create(
                "calendar.event", Map.of("name", name("backwards"), "start", start, "stop", start.minusSeconds(3600))));
        assertThat(stopBeforeStart.kind()).isEqualTo(Kind.VALIDATION);
        assertThat(stopBeforeStart.operatorMessage()).isNotBlank();
        assertThat(stopBeforeStart.getMessage()).doesNotContain(name("backwards"));
        assertThat(stopBeforeStart.patientMessage()).doesNotContain("calendar");

        OdooException required =
                catchOdoo(() -> create("calendar.event", Map.of("start", start, "stop", start.plusSeconds(60))));
        assertThat(required.kind()).isEqualTo(Kind.VALIDATION);
        assertThat(required.operatorMessage()).startsWith("The operation cannot be completed");

        OdooException selection = catchOdoo(() -> create(
                "calendar.event",
                Map.of("name", name("sel"), "start", start, "stop", start.plusSeconds(60), "show_as", "bogus")));
        assertThat(selection.kind()).isEqualTo(Kind.VALIDATION);
        assertThat(selection.operatorMessage()).contains("Wrong value for calendar.event.show_as: 'bogus'");
    }

    @Test
    void aUserWithoutWriteRightsGetsAccess() {
        OdooConnection readOnly = OdooContractTarget.readOnlyConnection(transport());
        assumeTrue(readOnly != null, "set ODOO_READONLY_USER/ODOO_READONLY_PASSWORD for this check");
        OdooClient reader = factory.create(readOnly);

        assertThat(reader.searchCount("res.partner", OdooDomain.all())).isPositive();
        OdooException denied = catchOdoo(() -> reader.create("res.partner", Map.of("name", name("denied"))));
        assertThat(denied.kind()).isEqualTo(Kind.ACCESS);
        assertThat(denied.operatorMessage()).startsWith("You are not allowed to");
    }

    @Test
    void aStaleUidIsReplacedByOneNewLogin() {
        assumeTrue(transport() != Transport.JSON2, "JSON-2 has no uid");
        client.authenticate();
        ((ResilientOdooClient) client).cacheUid(999_999);

        assertThat(client.searchCount("res.partner", where("id", "=", -1))).isZero();
        assertThat(client.authenticate()).isNotEqualTo(999_999L);
    }

    // ---------------------------------------------------------------- dental add-on

    @Test
    void dentalPatientAndAppointmentRoundTrip() {
        assumeTrue(OdooContractTarget.hasDentalModels(), "ODOO_MAPPING=dental for the add-on models");
        long patient = create(
                "patient.patient",
                Map.of("patient_name", name("patient"), "contact_number", "+972500000001", "gender", "female"));
        long doctor = create("clinic.doctor", Map.of("doctor_name", name("doctor")));
        Instant start = Instant.parse("2030-02-03T08:00:00Z");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("patient_id", patient);
        values.put("doctor_id", doctor);
        values.put("start", start);
        values.put("stop", start.plus(Duration.ofMinutes(30)));
        values.put("appointment_type", "reserve");
        long appointment = create("patient.appointment", values);

        Map<String, Object> p = client.read("patient.patient", List.of(patient), List.of("patient_serial"))
                .get(0);
        assertThat(p.get("patient_serial")).asString().startsWith("PAT");
        Map<String, Object> a = client.read(
                        "patient.appointment",
                        List.of(appointment),
                        List.of("appointment_serial", "appointment_status", "patient_id", "doctor_id", "start"))
                .get(0);
        assertThat(a.get("appointment_serial")).asString().startsWith("APT");
        assertThat(a.get("appointment_status")).isEqualTo("draft");
        assertThat(OdooValues.many2OneId(a.get("patient_id"))).contains(patient);
        assertThat(OdooValues.instant(a.get("start"))).contains(start);

        client.write("patient.appointment", List.of(appointment), Map.of("appointment_status", "confirm"));
        assertThat(client.searchCount(
                        "patient.appointment",
                        where("id", "=", appointment).and(where("appointment_status", "=", "confirm"))))
                .isEqualTo(1);
        assertKind(
                () -> client.write("patient.appointment", List.of(appointment), Map.of("appointment_status", "bogus")),
                Kind.VALIDATION);
        assertKind(
                () -> client.write("patient.appointment", List.of(appointment), Map.of("stop", start.minusSeconds(60))),
                Kind.VALIDATION);
    }

    // ---------------------------------------------------------------- helpers

    static void assertKind(ThrowingCallable call, Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OdooException.class, e -> assertThat(e.kind())
                .isEqualTo(kind));
    }

    static OdooException catchOdoo(ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(OdooException.class);
        return (OdooException) t;
    }
}
