package com.dentalai.hub.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.schedule.PractitionerSchedule;
import com.dentalai.hub.domain.schedule.Schedule;
import com.dentalai.hub.domain.validation.FieldError;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantValidatorTest {

    private static final ZoneId TLV = ZoneId.of("Asia/Jerusalem");

    private static Tenant clinic(String id) {
        return Tenant.of(id, "Clinic " + id, TenantKind.CLINIC, null, TLV, "he");
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aFullContractExampleIsValid() {
        Tenant hq = Tenant.of("acme-hq", "Acme", TenantKind.HQ, null, TLV, "en");
        Tenant full = new Tenant(
                "smile-tlv",
                "Smile Tel Aviv",
                TenantKind.BRANCH,
                "acme-hq",
                TLV,
                "he",
                "+972-3-555-0100",
                LocalizedText.of(Map.of("he", "דיזנגוף 1", "en", "Dizengoff 1")),
                new OdooSettings(
                        "http://127.0.0.1:8069", "odoo17", "admin", "SMILE_ODOO_PASSWORD", null, null, "dental", 1),
                new Schedule(
                        30,
                        Map.of("sun", "08:00-18:00", "thu", "08:00-14:00"),
                        null,
                        Map.of("dr-levi", new PractitionerSchedule(Map.of("mon", "09:00-12:00"), null))),
                Map.of("prices", Map.of("cleaning", "350 ₪")),
                new ReminderSettings(LocalTime.of(18, 0), "appointment_reminder", null, null, null),
                new BillingSettings(7, "SMILE_STRIPE_ACCOUNT"),
                new ChannelBindings(
                        new ChannelBindings.WhatsApp("1000001", "A", "B", "C"),
                        new ChannelBindings.Telegram(ChannelBindings.Telegram.Mode.POLLING, "T", null),
                        new ChannelBindings.WebChat(List.of("https://smile.example", "http://localhost:5173"))));

        assertThat(TenantValidator.validate(List.of(hq, full))).isEmpty();
        assertThat(TenantValidator.validate(List.of())).isEmpty();
    }

    @Test
    void missingRequiredKeysAreNamed() {
        Tenant empty = new Tenant(null, " ", null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(fields(TenantValidator.validate(List.of(clinic("ok"), empty))))
                .containsExactly(
                        "tenants[1].id",
                        "tenants[1].name",
                        "tenants[1].kind",
                        "tenants[1].timezone",
                        "tenants[1].locale");
        assertThat(TenantValidator.validate(null)).extracting(FieldError::field).containsExactly("tenants");
        assertThat(TenantValidator.validate(Arrays.asList(clinic("a"), null)))
                .containsExactly(new FieldError("tenants[1]", "must not be empty"));
    }

    @Test
    void idsMustBeWellFormedAndUnique() {
        List<FieldError> errors =
                TenantValidator.validate(List.of(clinic("smile-tlv"), clinic("Smile_TLV"), clinic("smile-tlv")));
        assertThat(errors)
                .containsExactly(
                        new FieldError("tenants[1].id", "must match [a-z0-9-]+"),
                        new FieldError("tenants[2].id", "duplicates tenants[0].id 'smile-tlv'"));
        assertThat(errors.get(0).toString()).isEqualTo("tenants[1].id: must match [a-z0-9-]+");
    }

    @Test
    void aBranchNeedsAnHqParentAndOnlyABranchHasOne() {
        List<Tenant> tenants = List.of(
                clinic("smile-tlv"),
                Tenant.of("b1", "B1", TenantKind.BRANCH, null, TLV, "he"),
                Tenant.of("b2", "B2", TenantKind.BRANCH, "nowhere", TLV, "he"),
                Tenant.of("b3", "B3", TenantKind.BRANCH, "smile-tlv", TLV, "he"),
                Tenant.of("c2", "C2", TenantKind.CLINIC, "smile-tlv", TLV, "he"));
        assertThat(TenantValidator.validate(tenants))
                .extracting(FieldError::toString)
                .containsExactly(
                        "tenants[1].parent: is required for a branch (the id of its hq)",
                        "tenants[2].parent: 'nowhere' is not a tenant id",
                        "tenants[3].parent: 'smile-tlv' is not an hq",
                        "tenants[4].parent: only a branch has a parent");
    }

    @Test
    void nestedSettingsAreCheckedUnderTheirKeys() {
        Tenant bad = new Tenant(
                "bad",
                "Bad",
                TenantKind.CLINIC,
                null,
                TLV,
                "fr",
                "call us",
                LocalizedText.of(Map.of("de", "Strasse")),
                new OdooSettings(
                        "ftp://odoo", null, null, "lower-case", "ok_not", OdooSettings.Transport.XMLRPC, "Dental!", 0),
                new Schedule(
                        2,
                        Map.of("funday", "08:00-10:00", "mon", "10:00-08:00"),
                        null,
                        Map.of(" ", new PractitionerSchedule(Map.of("tue", "8-9"), null))),
                null,
                new ReminderSettings(null, "Reminder Template", null, null, null),
                new BillingSettings(-1, "acct"),
                new ChannelBindings(
                        new ChannelBindings.WhatsApp("abc", "bad env", null, null),
                        new ChannelBindings.Telegram(null, "x", null),
                        new ChannelBindings.WebChat(
                                List.of("https://ok.example", "https://x.example/path", "javascript:alert(1)", "::"))));

        assertThat(fields(TenantValidator.validate(List.of(bad))))
                .containsExactlyInAnyOrder(
                        "tenants[0].locale",
                        "tenants[0].phone",
                        "tenants[0].address.de",
                        "tenants[0].odoo.url",
                        "tenants[0].odoo.password-env",
                        "tenants[0].odoo.api-key-env",
                        "tenants[0].odoo.mapping",
                        "tenants[0].odoo.company-id",
                        "tenants[0].schedule.slot-minutes",
                        "tenants[0].schedule.hours.funday",
                        "tenants[0].schedule.hours.mon",
                        "tenants[0].schedule.practitioners. ",
                        "tenants[0].schedule.practitioners. .hours.tue",
                        "tenants[0].reminders.whatsapp-template",
                        "tenants[0].billing.grace-days",
                        "tenants[0].billing.stripe-connected-account-env",
                        "tenants[0].channels.whatsapp.phone-number-id",
                        "tenants[0].channels.whatsapp.app-secret-env",
                        "tenants[0].channels.telegram.bot-token-env",
                        "tenants[0].channels.webchat.allowed-origins[1]",
                        "tenants[0].channels.webchat.allowed-origins[2]",
                        "tenants[0].channels.webchat.allowed-origins[3]");
    }

    @Test
    void json2NeedsAnApiKeyAndWhatsappNeedsAPhoneNumberIdBoundOnce() {
        Tenant json2 = new Tenant(
                "j",
                "J",
                TenantKind.CLINIC,
                null,
                TLV,
                "en",
                null,
                null,
                new OdooSettings(null, null, null, "J_PW", null, OdooSettings.Transport.JSON2, null, null),
                null,
                null,
                null,
                null,
                new ChannelBindings(new ChannelBindings.WhatsApp("1000001", null, null, null), null, null));
        Tenant twin = new Tenant(
                "k",
                "K",
                TenantKind.CLINIC,
                null,
                TLV,
                "en",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new ChannelBindings(new ChannelBindings.WhatsApp(null, null, null, null), null, null));
        Tenant same = new Tenant(
                "l",
                "L",
                TenantKind.CLINIC,
                null,
                TLV,
                "en",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new ChannelBindings(new ChannelBindings.WhatsApp("1000001", null, null, null), null, null));

        assertThat(TenantValidator.validate(List.of(json2, twin, same)))
                .extracting(FieldError::toString)
                .containsExactly(
                        "tenants[0].odoo.api-key-env: is required for transport json2",
                        "tenants[1].channels.whatsapp.phone-number-id: is required",
                        "tenants[2].channels.whatsapp.phone-number-id: is already bound to tenants[0]");
    }
}
