package com.dentalai.hub.connectors.odoo;

import static com.dentalai.hub.connectors.odoo.OdooClientContract.catchOdoo;
import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;
import com.dentalai.hub.connectors.odoo.OdooException.Kind;
import com.dentalai.hub.connectors.odoo.OdooFixtures.HttpMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Our client reading the bytes a real Odoo 17 sent (recorded fixtures, replayed on loopback). */
class OdooClientFixtureTest {

    private final CannedHttpServer server = new CannedHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private OdooClient client(Transport transport) {
        return new OdooClientFactory(OdooClientContract.QUICK)
                .create(new OdooConnection(
                        "fixture-" + transport,
                        URI.create(server.url()),
                        "mycompany",
                        "admin",
                        "secret",
                        null,
                        transport,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(5)));
    }

    @Test
    void readsRecordedSearchReadIntoListsMapsAndMany2One() {
        server.answer(
                        "/xmlrpc/2/common",
                        200,
                        "text/xml",
                        OdooFixtures.bytes("xmlrpc_common_authenticate_response_ok.xml"))
                .answer(
                        "/xmlrpc/2/object",
                        200,
                        "text/xml",
                        OdooFixtures.bytes("xmlrpc_object_execute_kw_search_read_response.xml"));
        OdooClient client = client(Transport.XMLRPC);

        assertThat(client.authenticate()).isEqualTo(2L);
        List<Map<String, Object>> partners = client.searchRead(
                "res.partner",
                OdooDomain.where("is_company", "=", true),
                List.of("name", "country_id", "comment"),
                5,
                0,
                null);

        assertThat(partners).hasSize(5);
        Map<String, Object> first = partners.get(0);
        assertThat(first.get("id")).isEqualTo(7L);
        assertThat(first.get("name")).isEqualTo("Agrolait");
        assertThat(OdooValues.many2One(first.get("country_id"))).contains(new Many2One(21, "Belgium"));
        assertThat(OdooValues.string(first.get("comment"))).isEmpty();
    }

    @Test
    void recordedBadCredentialsAreAnAuthFailure() {
        server.answer(
                "/xmlrpc/2/common",
                200,
                "text/xml",
                OdooFixtures.bytes("xmlrpc_common_authenticate_response_bad_credentials.xml"));

        assertThat(catchOdoo(() -> client(Transport.XMLRPC).authenticate()).kind())
                .isEqualTo(Kind.AUTH);
    }

    @Test
    void recordedAccessDeniedIsAuthAfterOneNewLogin() {
        server.answer(
                        "/xmlrpc/2/common",
                        200,
                        "text/xml",
                        OdooFixtures.bytes("xmlrpc_common_authenticate_response_ok.xml"))
                .answer(
                        "/xmlrpc/2/object",
                        200,
                        "text/xml",
                        OdooFixtures.bytes("xmlrpc_object_fault_access_denied.xml"));

        OdooException denied = catchOdoo(() -> client(Transport.XMLRPC).searchCount("res.partner", OdooDomain.all()));

        assertThat(denied.kind()).isEqualTo(Kind.AUTH);
        assertThat(denied.faultCode()).contains(3);
        assertThat(denied.operatorMessage()).isEqualTo("Access Denied");
    }

    @Test
    void recordedJson2ExchangeAndItsUnauthorized() {
        List<HttpMessage> exchange = OdooFixtures.http("json2_search_read_exchange.http");
        server.answer(
                "/json/2/res.partner/search_read",
                200,
                "application/json",
                exchange.get(1).body().getBytes(StandardCharsets.UTF_8));
        OdooClient client = client(Transport.JSON2);

        List<Map<String, Object>> found = client.searchRead(
                "res.partner",
                OdooDomain.where("name", "ilike", "%deco%").and(OdooDomain.where("is_company", "=", true)),
                List.of("name"));
        assertThat(found).containsExactly(Map.of("id", 25L, "name", "Deco Addict"));

        server.answer(
                "/json/2/res.partner/search_read",
                401,
                "application/json",
                OdooFixtures.http("json2_error_401_response.http").get(0).body().getBytes(StandardCharsets.UTF_8));
        OdooException unauthorized =
                catchOdoo(() -> client.searchRead("res.partner", OdooDomain.all(), List.of("name")));
        assertThat(unauthorized.kind()).isEqualTo(Kind.AUTH);
        assertThat(unauthorized.faultName()).contains("werkzeug.exceptions.Unauthorized");
        assertThat(unauthorized.operatorMessage()).isEqualTo("Invalid apikey");
    }

    @Test
    void aServerSentFaultCauseIsNeverDeserialised() throws Exception {
        // CVE-2019-17570: Apache XML-RPC Java-deserialises a faultCause when "exceptions" are enabled
        String payload = java.util.Base64.getEncoder().encodeToString(DeserialisationCanary.serialised());
        String fault = "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>1</int></value></member>"
                + "<member><name>faultString</name><value><string>boom</string></value></member>"
                + "<member><name>faultCause</name><value><base64>" + payload + "</base64></value></member>"
                + "</struct></value></fault></methodResponse>";
        server.answer(
                        "/xmlrpc/2/common",
                        200,
                        "text/xml",
                        OdooFixtures.bytes("xmlrpc_common_authenticate_response_ok.xml"))
                .answer("/xmlrpc/2/object", 200, "text/xml", fault.getBytes(StandardCharsets.UTF_8));
        DeserialisationCanary.reset();

        OdooException e = catchOdoo(() -> client(Transport.XMLRPC).searchCount("res.partner", OdooDomain.all()));

        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        assertThat(e.operatorMessage()).isEqualTo("boom");
        assertThat(DeserialisationCanary.tripped()).isFalse();
    }
}
