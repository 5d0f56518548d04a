package com.dentalai.hub.platform.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.tenant.TenantKind;
import com.dentalai.hub.platform.db.OwnerDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HubTest
class TenantBootstrapTest {

    @Autowired
    TenantBootstrap bootstrap;

    @Autowired
    TenantStore store;

    @Autowired
    TenantDirectory directory;

    @Autowired
    OwnerDataSource owner;

    @Test
    void theDemoFileIsLoadedWithItsFranchise() {
        assertThat(directory.require("smile-tlv").kind()).isEqualTo(TenantKind.CLINIC);
        assertThat(directory.require("smile-tlv").faq("prices", "cleaning")).isEqualTo("350 ₪");
        assertThat(directory.require("smile-tlv").address().in("en")).contains("Rothschild");
        assertThat(directory.hierarchy().scopeOf("bright-hq"))
                .containsExactlyInAnyOrder("bright-hq", "bright-haifa", "bright-jerusalem", "bright-beersheva");
        assertThat(directory.hierarchy().scopeOf("bright-haifa")).containsExactly("bright-haifa");
        assertThat(directory.require("bright-haifa").odoo().passwordEnv()).isEqualTo("BRIGHT_ODOO_PASSWORD");
    }

    @Test
    void schemaErrorsNameTheKey() {
        String yaml =
                """
                tenants:
                  - {id: ok-one, name: One, kind: clinic, timezone: Asia/Jerusalem, locale: he}
                  - id: bad-two
                    name: Two
                    kind: clinic
                    timezone: Asia/Jerusalem
                    locale: he
                    odoo: {url: "not a url", password-env: "s3cret-value"}
                    colour: blue
                  - {id: Bad_Three, kind: shop, timezone: Asia/Jerusalem, locale: fr}
                """;

        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(TenantFileException.class)
                .hasMessageContaining("tenants[1].odoo.url: must be a URL")
                .hasMessageContaining("tenants[1].odoo.password-env: must be an environment variable NAME")
                .hasMessageContaining("tenants[1].colour: is not a known key")
                .hasMessageContaining("tenants[2].id: must match [a-z0-9-]+")
                .hasMessageContaining("tenants[2].name: is required")
                .hasMessageContaining("tenants[2].kind: must be one of clinic, hq, branch")
                .hasMessageContaining("tenants[2].locale: must be one of he, en");
    }

    @Test
    void mappingAndDomainErrorsNameTheKeyToo() {
        String badZone =
                """
                tenants:
                  - {id: z-one, name: One, kind: clinic, timezone: Mars/Olympus, locale: he}
                """;
        String orphan =
                """
                tenants:
                  - {id: b-one, name: One, kind: branch, parent: nowhere, timezone: Asia/Jerusalem, locale: he,
                     schedule: {hours: {sun: "18:00-08:00"}}}
                """;

        assertThatThrownBy(() -> read(badZone)).hasMessageContaining("tenants[0].timezone");
        assertThatThrownBy(() -> read(orphan))
                .hasMessageContaining("tenants[0].parent: 'nowhere' is not a tenant id")
                .hasMessageContaining("tenants[0].schedule.hours.sun");
    }

    @Test
    void upsertIsIdempotentAndNeverDestructive() {
        String id = "upsert-" + UUID.randomUUID().toString().substring(0, 8);
        String keep = id + "-kept";
        String v1 =
                """
                tenants:
                  - {id: %1$s, name: First name, kind: clinic, timezone: Asia/Jerusalem, locale: he}
                  - {id: %2$s, name: Kept, kind: clinic, timezone: Asia/Jerusalem, locale: en}
                """
                        .formatted(id, keep);
        String v2 =
                """
                tenants:
                  - {id: %s, name: Second name, kind: clinic, timezone: Asia/Jerusalem, locale: he}
                """
                        .formatted(id);
        JdbcTemplate db = new JdbcTemplate(owner);

        upsert(v1);
        Timestamp created = db.queryForObject("select created_at from tenants where id = ?", Timestamp.class, id);
        Timestamp updated = db.queryForObject("select updated_at from tenants where id = ?", Timestamp.class, id);
        upsert(v1);
        assertThat(db.queryForObject("select updated_at from tenants where id = ?", Timestamp.class, id))
                .as("an unchanged entry is not rewritten")
                .isEqualTo(updated);
        upsert(v2);
        directory.reload();

        assertThat(directory.require(id).name()).isEqualTo("Second name");
        assertThat(directory.find(keep))
                .as("a tenant missing from the file is kept")
                .isPresent();
        assertThat(db.queryForObject("select created_at from tenants where id = ?", Timestamp.class, id))
                .isEqualTo(created);
        assertThat(db.queryForObject("select count(*) from tenants where id in (?, ?)", Integer.class, id, keep))
                .isEqualTo(2);
    }

    private List<TenantsFile.Entry> read(String yaml) {
        return bootstrap.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private void upsert(String yaml) {
        store.upsert(read(yaml).stream()
                .map(e -> new TenantStore.Row(
                        e.tenant().id(),
                        e.tenant().name(),
                        e.tenant().kind().name().toLowerCase(java.util.Locale.ROOT),
                        e.tenant().parent(),
                        e.raw().toString()))
                .toList());
    }
}
