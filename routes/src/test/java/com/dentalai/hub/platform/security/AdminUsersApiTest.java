package com.dentalai.hub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.StandInCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@HubTest
class AdminUsersApiTest {

    static final String PASSWORD = StandInCredentials.get("stand-in.users.password");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    String admin;
    String run;

    @BeforeEach
    void platformAdmin() {
        admin = SecurityTestSupport.login(http, "admin", "admin-password-for-tests");
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anHqAdminManagesItsBranchesButNotOtherTenants() throws Exception {
        String hq = createWithPassword(admin, "hq-" + run, "bright-hq", "HQ_ADMIN");
        String hqToken = SecurityTestSupport.login(http, "hq-" + run, PASSWORD);

        assertThat(create(hqToken, user("dentist-" + run, "bright-haifa", List.of("DENTIST")))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(create(hqToken, user("other-" + run, "smile-tlv", List.of("DENTIST")))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(create(hqToken, user("op-" + run, "bright-haifa", List.of("OPERATOR")))
                        .getStatusCode())
                .as("platform roles are granted by PLATFORM_ADMIN only")
                .isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode listed = json.readTree(get(hqToken, "/api/v1/admin/users").getBody());
        List<String> tenants = listed.findValuesAsText("tenant");
        assertThat(listed.findValuesAsText("username")).contains("dentist-" + run, "hq-" + run);
        assertThat(tenants).allMatch(t -> t.startsWith("bright-"));
        assertThat(hq).isNotBlank();
    }

    @Test
    void aDentistIsForbiddenTheAdminApiWithAProblem() throws Exception {
        createWithPassword(admin, "dent-" + run, "smile-tlv", "DENTIST");
        String token = SecurityTestSupport.login(http, "dent-" + run, PASSWORD);

        ResponseEntity<String> r = get(token, "/api/v1/admin/users");

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(r.getBody()).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void roleChangesStayWithinTheGrantersReach() throws Exception {
        createWithPassword(admin, "badmin-" + run, "smile-tlv", "BRANCH_ADMIN");
        String branchAdmin = SecurityTestSupport.login(http, "badmin-" + run, PASSWORD);
        String assistant = createWithPassword(branchAdmin, "asst-" + run, "smile-tlv", "ASSISTANT");

        ResponseEntity<String> promoted = put(
                branchAdmin,
                "/api/v1/admin/users/" + assistant + "/roles",
                Map.of("roles", List.of("ASSISTANT", "FRONT_DESK")));
        ResponseEntity<String> tooHigh = put(
                branchAdmin, "/api/v1/admin/users/" + assistant + "/roles", Map.of("roles", List.of("PLATFORM_ADMIN")));

        assertThat(promoted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(promoted.getBody()).get("roles").toString())
                .isEqualTo("[\"ASSISTANT\",\"FRONT_DESK\"]");
        assertThat(tooHigh.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void unknownTenantIs404AndBadFieldsAre400NamingThem() throws Exception {
        ResponseEntity<String> unknown = create(admin, user("ghost-" + run, "no-such-clinic", List.of("DENTIST")));
        Map<String, Object> bad = new HashMap<>(user("x", "smile-tlv", List.of("DENTIST", "WIZARD")));
        ResponseEntity<String> badRole = create(admin, bad);
        bad.put("roles", List.of("DENTIST"));
        bad.remove("display_name");
        ResponseEntity<String> missing = create(admin, bad);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).get("type").asText()).endsWith("unknown-tenant");
        assertThat(badRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badRole.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("roles[1]");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(missing.getBody()).findValuesAsText("field"))
                .containsExactly("display_name", "username");
    }

    @Test
    void sqlLookingTextIsStoredVerbatimOrRejected() throws Exception {
        String sqlish = "'; drop table users; --";
        Map<String, Object> body = new HashMap<>(user("bobby-" + run, "smile-tlv", List.of("DENTIST")));
        body.put("display_name", sqlish);
        ResponseEntity<String> stored = create(admin, body);
        body.put("username", sqlish);
        ResponseEntity<String> badName = create(admin, body);
        body.put("username", "bobby2-" + run);
        body.put("tenant", sqlish);
        ResponseEntity<String> badTenant = create(admin, body);

        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(stored.getBody()).get("display_name").asText()).isEqualTo(sqlish);
        assertThat(badName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTenant.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get(admin, "/api/v1/admin/users").getBody()).contains("bobby-" + run);
    }

    @Test
    void csvImportIsAllOrNothingWithPerLineErrors() throws Exception {
        String bad = UserCsv.HEADER + "\n"
                + "csv-a-" + run + ",Dr A,smile-tlv,DENTIST\n"
                + "csv-b-" + run + ",Dr B,smile-tlv,DENTIST;WIZARD\n"
                + "csv-c-" + run + ",\"Levi, Dana\",nowhere,ASSISTANT\n";
        String good = UserCsv.HEADER + "\n"
                + "csv-a-" + run + ",Dr A,smile-tlv,DENTIST\n"
                + "csv-d-" + run + ",\"Cohen, Avi\",bright-haifa,ASSISTANT;FRONT_DESK\n";

        ResponseEntity<String> rejected = importCsv(admin, bad);
        JsonNode errors = json.readTree(rejected.getBody()).get("errors");
        String afterReject = get(admin, "/api/v1/admin/users").getBody();
        ResponseEntity<String> accepted = importCsv(admin, good);

        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors.findValuesAsText("field")).containsExactly("line 3.roles", "line 4.tenant");
        assertThat(afterReject).doesNotContain("csv-a-" + run);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode created = json.readTree(accepted.getBody()).get("created");
        assertThat(created).hasSize(2);
        assertThat(created.get(1).get("display_name").asText()).isEqualTo("Cohen, Avi");
        assertThat(created.get(1).get("invite_token").asText()).hasSizeGreaterThan(20);
        assertThat(acceptInvite(created.get(1).get("invite_token").asText()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(SecurityTestSupport.login(http, "csv-d-" + run, "a-brand-new-password"))
                .isNotBlank();
    }

    @Test
    void fiveBadPasswordsLockTheAccountWithoutTellingTheCaller() throws Exception {
        createWithPassword(admin, "lock-" + run, "smile-tlv", "FRONT_DESK");
        String firstBody = null;
        for (int i = 0; i < 5; i++) {
            ResponseEntity<String> r = SecurityTestSupport.postJson(
                    http, "/api/v1/auth/login", Map.of("username", "lock-" + run, "password", "wrong-" + i));
            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            firstBody = firstBody == null ? stripId(r.getBody()) : firstBody;
        }
        ResponseEntity<String> locked = SecurityTestSupport.postJson(
                http, "/api/v1/auth/login", Map.of("username", "lock-" + run, "password", PASSWORD));

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(stripId(locked.getBody())).isEqualTo(firstBody);
    }

    // --- helpers

    private String createWithPassword(String token, String username, String tenant, String role) throws Exception {
        Map<String, Object> body = new HashMap<>(user(username, tenant, List.of(role)));
        body.put("password", PASSWORD);
        body.remove("invite");
        ResponseEntity<String> r = create(token, body);
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(r.getBody()).get("id").asText();
    }

    private static Map<String, Object> user(String username, String tenant, List<String> roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("display_name", "Test " + username);
        body.put("tenant", tenant);
        body.put("roles", roles);
        body.put("invite", true);
        return body;
    }

    private ResponseEntity<String> create(String token, Map<String, Object> body) {
        return http.exchange(
                "/api/v1/admin/users",
                HttpMethod.POST,
                new HttpEntity<>(body, SecurityTestSupport.bearer(token)),
                String.class);
    }

    private ResponseEntity<String> get(String token, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(SecurityTestSupport.bearer(token)), String.class);
    }

    private ResponseEntity<String> put(String token, String path, Object body) {
        return http.exchange(
                path, HttpMethod.PUT, new HttpEntity<>(body, SecurityTestSupport.bearer(token)), String.class);
    }

    private ResponseEntity<String> importCsv(String token, String csv) {
        HttpHeaders h = SecurityTestSupport.bearer(token);
        h.setContentType(MediaType.parseMediaType("text/csv"));
        return http.exchange("/api/v1/admin/users/import", HttpMethod.POST, new HttpEntity<>(csv, h), String.class);
    }

    private ResponseEntity<String> acceptInvite(String invite) {
        return SecurityTestSupport.postJson(
                http, "/api/v1/auth/accept-invite", Map.of("invite_token", invite, "password", "a-brand-new-password"));
    }

    private String stripId(String body) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode node =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(body);
        node.remove("correlation_id");
        return node.toString();
    }
}
