package com.dentalai.hub.connectors.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OdooConnectionTest {

    @Test
    void theSecretNeverReachesToString() {
        OdooConnection c = OdooConnection.xmlRpc("smile", "http://127.0.0.1:8069/", "odoo17", "admin", "s3cr3t-key")
                .withCompanyId(1L);

        assertThat(c.toString())
                .doesNotContain("s3cr3t-key")
                .contains("secret=****")
                .contains("smile");
        assertThat(c.baseUrl()).isEqualTo("http://127.0.0.1:8069");
    }

    @Test
    void defaultsAndValidation() {
        OdooConnection c = OdooConnection.xmlRpc("t", "http://h", "db", "u", "p");

        assertThat(c.transport()).isEqualTo(Transport.XMLRPC);
        assertThat(c.connectTimeout()).isEqualTo(OdooConnection.DEFAULT_CONNECT_TIMEOUT);
        assertThat(c.withTimeouts(Duration.ofSeconds(1), Duration.ZERO).readTimeout())
                .isEqualTo(OdooConnection.DEFAULT_READ_TIMEOUT);
        assertThat(c.withTransport(Transport.JSON2)
                        .withLogin("v")
                        .withTenantId("t2")
                        .login())
                .isEqualTo("v");
        assertThatThrownBy(() -> OdooConnection.xmlRpc("t", "ftp://h", "db", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OdooConnection.xmlRpc(" ", "http://h", "db", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void json2NamesPositionalArguments() {
        assertThat(Json2Arguments.named(
                        "search_read", List.of(List.of()), Map.of("fields", List.of("name"), "limit", 5)))
                .isEqualTo(Map.of("domain", List.of(), "fields", List.of("name"), "limit", 5));
        assertThat(Json2Arguments.named("write", List.of(List.of(1L), Map.of("name", "x")), Map.of()))
                .isEqualTo(Map.of("ids", List.of(1L), "vals", Map.of("name", "x")));
        assertThat(Json2Arguments.named("message_post", List.of(List.of(1L)), Map.of("body", "hi")))
                .isEqualTo(Map.of("ids", List.of(1L), "body", "hi"));
        assertThatThrownBy(() -> Json2Arguments.named("unlink", List.of(List.of(1L), "extra"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resilienceBackoffGrowsToItsCap() {
        OdooResilience r = OdooResilience.defaults();

        assertThat(r.backoffAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(r.backoffAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(r.backoffAfter(10)).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> new OdooResilience(0, Duration.ZERO, 2, Duration.ZERO, 50, 1, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
