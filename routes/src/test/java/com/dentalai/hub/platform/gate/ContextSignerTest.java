package com.dentalai.hub.platform.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.context.HubContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ContextSignerTest {

    static final String KEY = "k".repeat(40);
    static final HubContext CONTEXT = new HubContext(
            "smile-tlv",
            new Principal("u1", "dana", "smile-tlv", Set.of(Role.DENTIST, Role.FRONT_DESK)),
            "whatsapp",
            "corr-1");

    @Test
    void aSignedContextVerifiesToTheSameContext() {
        ContextSigner signer = signer(KEY, new MockEnvironment());

        assertThat(signer.verify(signer.sign(CONTEXT))).contains(CONTEXT);
    }

    @Test
    void aTamperedPayloadAnotherKeyOrGarbageDoNotVerify() {
        ContextSigner signer = signer(KEY, new MockEnvironment());
        String token = signer.sign(CONTEXT);
        String[] parts = token.split("\\.");
        String escalated =
                new String(Base64.getUrlDecoder().decode(parts[0])).replace("\"DENTIST\"", "\"PLATFORM_ADMIN\"");

        assertThat(signer.verify(
                        Base64.getUrlEncoder().withoutPadding().encodeToString(escalated.getBytes()) + "." + parts[1]))
                .isEmpty();
        assertThat(signer(KEY.replace('k', 'x'), new MockEnvironment()).verify(token))
                .isEmpty();
        assertThat(signer.verify("not-a-token")).isEmpty();
        assertThat(signer.verify("a.b.c")).isEmpty();
        assertThat(signer.verify("%%%.###")).isEmpty();
        assertThat(signer.verify(null)).isEmpty();
    }

    @Test
    void aBlankKeyIsRandomPerRunButRefusedInProduction() {
        assertThat(signer("", new MockEnvironment())
                        .verify(signer("", new MockEnvironment()).sign(CONTEXT)))
                .as("two runs, two random keys")
                .isEmpty();
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> signer("", prod)).hasMessageContaining("required under the prod profile");
        assertThatThrownBy(() -> signer("short", new MockEnvironment())).hasMessageContaining("at least 32");
    }

    @Test
    void routeDeclarationsAreReadFromTheNoteOfYamlRoutes() {
        assertThat(RouteDeclaration.fromNote(
                        "hub.permission=ODOO_READ; hub.run-as=lab-orders\nhub.tenant = smile-tlv;x=y"))
                .containsEntry("hub.permission", "ODOO_READ")
                .containsEntry("hub.run-as", "lab-orders")
                .containsEntry("hub.tenant", "smile-tlv")
                .doesNotContainKey("x");
        assertThat(RouteDeclaration.fromNote(null)).isEmpty();
        assertThat(RouteDeclaration.fromNote("free text without declarations")).isEmpty();
    }

    @Test
    void systemPrincipalNamesAreNarrow() {
        assertThat(SystemPrincipals.of("odoo-poller", null).roles()).containsExactly(Role.SYSTEM);
        assertThat(SystemPrincipals.context("odoo-poller", "smile-tlv", "timer").tenantId())
                .isEqualTo("smile-tlv");
        for (String bad : List.of("", "Admin", "a b", "x".repeat(64))) {
            assertThatThrownBy(() -> SystemPrincipals.of(bad, null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static ContextSigner signer(String key, MockEnvironment env) {
        return new ContextSigner(new GateProperties(key, List.of("jms")), env, new ObjectMapper());
    }
}
