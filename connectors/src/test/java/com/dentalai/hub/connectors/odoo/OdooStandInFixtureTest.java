package com.dentalai.hub.connectors.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.connectors.odoo.OdooFixtures.HttpMessage;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.odoo.standin.XmlRpcWire;
import com.dentalai.hub.connectors.odoo.standin.XmlRpcWire.MethodResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the recorded requests of a real Odoo 17 against the stand-in and compares the answers
 * with the recorded responses: same value shapes, same fault codes and strings.
 */
class OdooStandInFixtureTest {

    /** The API key in the recorded requests ("example json api key", hex-encoded). */
    private static final String RECORDED_KEY = "6578616d706c65206a736f6e20617069206b6579";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static OdooStandInServer odoo;

    @BeforeAll
    static void startLikeTheRecordedDatabase() {
        OdooFixtures.dir();
        odoo = new OdooStandInServer("mycompany").start();
        odoo.addApiKey("admin", RECORDED_KEY);
        company("Agrolait", 21);
        company("Axelor", 76);
        company("Bank Wealthy and sons", 233);
        company("Best Designers", 105);
        company("Camptocamp", 76);
        odoo.seed("res.partner", Map.of("name", "Deco Addict", "is_company", true));
        odoo.seed("res.partner", Map.of("name", "Deco Addict, Joel Willis", "is_company", false));
    }

    private static void company(String name, long country) {
        odoo.seed("res.partner", Map.of("name", name, "is_company", true, "country_id", country));
    }

    @AfterAll
    static void stop() {
        if (odoo != null) {
            odoo.close();
        }
    }

    @Test
    void authenticateAnswersTheUidAndFalseForBadCredentials() throws Exception {
        String request = OdooFixtures.text("xmlrpc_common_authenticate_request.xml");

        String ok = postXml("/xmlrpc/2/common", request);
        String bad = postXml("/xmlrpc/2/common", request.replace(RECORDED_KEY, "not-the-key"));

        assertThat(value(ok)).isEqualTo(value(OdooFixtures.text("xmlrpc_common_authenticate_response_ok.xml")));
        assertThat(bad.strip())
                .isEqualTo(OdooFixtures.text("xmlrpc_common_authenticate_response_bad_credentials.xml")
                        .strip());
    }

    @Test
    void createAnswersAnInt() throws Exception {
        String answer = postXml("/xmlrpc/2/object", OdooFixtures.text("xmlrpc_object_execute_kw_create_request.xml"));

        assertThat(OdooFixtures.shape(value(answer)))
                .isEqualTo(
                        OdooFixtures.shape(value(OdooFixtures.text("xmlrpc_object_execute_kw_create_response.xml"))));
    }

    @Test
    void searchReadAnswersTheRecordedRecords() throws Exception {
        String answer =
                postXml("/xmlrpc/2/object", OdooFixtures.text("xmlrpc_object_execute_kw_search_read_request.xml"));
        List<Map<String, Object>> ours = records(value(answer));
        List<Map<String, Object>> recorded =
                records(value(OdooFixtures.text("xmlrpc_object_execute_kw_search_read_response.xml")));

        assertThat(OdooFixtures.shape(ours)).isEqualTo(OdooFixtures.shape(recorded));
        assertThat(ours)
                .extracting(r -> r.get("name"))
                .containsExactlyElementsOf(
                        recorded.stream().map(r -> r.get("name")).toList());
        assertThat(ours)
                .extracting(r -> r.get("country_id"))
                .containsExactlyElementsOf(
                        recorded.stream().map(r -> r.get("country_id")).toList());
        assertThat(ours).extracting(r -> r.get("comment")).containsOnly(false);
    }

    @Test
    void aWrongPasswordOnExecuteKwIsTheRecordedFault() throws Exception {
        String request = OdooFixtures.text("xmlrpc_object_execute_kw_search_read_request.xml")
                .replace(RECORDED_KEY, "not-the-key");

        String answer = postXml("/xmlrpc/2/object", request);

        assertThat(answer.strip())
                .isEqualTo(OdooFixtures.text("xmlrpc_object_fault_access_denied.xml")
                        .strip());
        MethodResponse fault = XmlRpcWire.parseResponse(answer.getBytes(StandardCharsets.UTF_8));
        assertThat(fault.faultCode()).isEqualTo(3);
        assertThat(fault.faultString()).isEqualTo("Access Denied");
    }

    @Test
    void jsonRpcAnswersTheSameRecordsAsXmlRpc() throws Exception {
        HttpResponse<String> response =
                post("/jsonrpc", Map.of(), OdooFixtures.text("jsonrpc_execute_kw_search_read_request.json"));
        Map<?, ?> answer = JSON.readValue(response.body(), Map.class);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answer.get("id")).isEqualTo(663411);
        assertThat(OdooFixtures.shape(answer.get("result")))
                .isEqualTo(OdooFixtures.shape(
                        records(value(OdooFixtures.text("xmlrpc_object_execute_kw_search_read_response.xml")))));
    }

    @Test
    void json2AnswersTheRecordedExchange() throws Exception {
        List<HttpMessage> exchange = OdooFixtures.http("json2_search_read_exchange.http");
        HttpMessage request = exchange.get(0);
        String path = request.startLine().split(" ")[1];

        HttpResponse<String> response = post(
                path,
                Map.of(
                        "Authorization", request.headers().get("Authorization"),
                        "X-Odoo-Database", request.headers().get("X-Odoo-Database")),
                request.body());

        HttpMessage recorded = exchange.get(1);
        assertThat(response.statusCode()).isEqualTo(200);
        Object ours = JSON.readValue(response.body(), Object.class);
        Object theirs = JSON.readValue(recorded.body(), Object.class);
        assertThat(OdooFixtures.shape(ours)).isEqualTo(OdooFixtures.shape(theirs));
        List<Object> names = ((List<?>) ours)
                .stream()
                        .map(r -> ((Map<?, ?>) r).get("name"))
                        .map(Object.class::cast)
                        .toList();
        assertThat(names).containsExactly("Deco Addict");
    }

    @Test
    void json2RejectsAnUnknownKeyWithTheRecorded401() throws Exception {
        HttpMessage recorded =
                OdooFixtures.http("json2_error_401_response.http").get(0);
        HttpMessage request =
                OdooFixtures.http("json2_search_read_exchange.http").get(0);

        HttpResponse<String> response = post(
                request.startLine().split(" ")[1],
                Map.of("Authorization", "bearer not-a-key", "X-Odoo-Database", "mycompany"),
                request.body());

        assertThat(recorded.startLine()).contains(String.valueOf(response.statusCode()));
        Map<?, ?> ours = JSON.readValue(response.body(), Map.class);
        Map<?, ?> theirs = JSON.readValue(recorded.body(), Map.class);
        assertThat(ours.keySet()).isEqualTo(theirs.keySet());
        assertThat(ours.get("name")).isEqualTo(theirs.get("name"));
        assertThat(ours.get("message")).isEqualTo(theirs.get("message"));
        assertThat(ours.get("arguments")).isEqualTo(theirs.get("arguments"));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    private static Object value(String xml) {
        return XmlRpcWire.parseResponse(xml.getBytes(StandardCharsets.UTF_8)).value();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static String postXml(String path, String body) throws Exception {
        HttpResponse<String> response = post(path, Map.of("Content-Type", "text/xml"), body);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> post(String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(odoo.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
