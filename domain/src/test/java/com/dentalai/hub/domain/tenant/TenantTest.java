package com.dentalai.hub.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.domain.schedule.PractitionerSchedule;
import com.dentalai.hub.domain.schedule.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final ZoneId TLV = ZoneId.of("Asia/Jerusalem");

    @Test
    void onlyTheRequiredKeysAreNeededEverythingElseDefaults() {
        Tenant t = Tenant.of("smile-tlv", "Smile Tel Aviv", TenantKind.CLINIC, null, TLV, "he");

        assertThat(t.odoo().url()).isEqualTo("http://localhost:8069");
        assertThat(t.odoo().database()).isEqualTo("odoo");
        assertThat(t.odoo().username()).isEqualTo("admin");
        assertThat(t.odoo().transport()).isEqualTo(OdooSettings.Transport.XMLRPC);
        assertThat(t.odoo().mapping()).isEqualTo("standard");
        assertThat(t.odoo().companyId()).isEqualTo(1);
        assertThat(t.odoo().passwordEnv()).isEqualTo("SMILE_TLV_ODOO_PASSWORD");
        assertThat(t.odoo().apiKeyEnv()).isNull();
        assertThat(t.odoo().credentialEnv()).isEqualTo("SMILE_TLV_ODOO_PASSWORD");
        assertThat(t.schedule().slotMinutes()).isEqualTo(30);
        assertThat(t.schedule().weeklyHours())
                .containsOnlyKeys(
                        DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(t.schedule().hours().keySet()).containsExactly("sun", "mon", "tue", "wed", "thu");
        assertThat(t.schedule().closedDates()).isEmpty();
        assertThat(t.reminders().dayBeforeAt()).isEqualTo(LocalTime.of(18, 0));
        assertThat(t.reminders().whatsappTemplate()).isEqualTo("appointment_reminder");
        assertThat(t.billing().graceDays()).isEqualTo(7);
        assertThat(t.billing().stripeConnectedAccountEnv()).isNull();
        assertThat(t.channels().hasWhatsapp()).isFalse();
        assertThat(t.channels().hasTelegram()).isFalse();
        assertThat(t.channels().webchat().allowedOrigins()).isEmpty();
        assertThat(t.address().isEmpty()).isTrue();
        assertThat(t.phone()).isNull();
        assertThat(t.faq()).isEmpty();
        assertThat(t.isHq()).isFalse();
        assertThat(t.isBranch()).isFalse();
    }

    @Test
    void secretEnvNamesDefaultFromTheIdAndExplicitOnesWin() {
        ChannelBindings channels = new ChannelBindings(
                new ChannelBindings.WhatsApp("1000001", null, "MY_VERIFY", null),
                new ChannelBindings.Telegram(null, null, null),
                null);
        OdooSettings json2 = new OdooSettings(null, null, null, null, null, OdooSettings.Transport.JSON2, null, null);
        Tenant t = new Tenant(
                "9-dent", "N", TenantKind.CLINIC, "", TLV, "en", " ", null, json2, null, null, null, null, channels);

        assertThat(t.envPrefix()).isEqualTo("T_9_DENT");
        assertThat(t.odoo().apiKeyEnv()).isEqualTo("T_9_DENT_ODOO_API_KEY");
        assertThat(t.odoo().passwordEnv()).isNull();
        assertThat(t.channels().whatsapp())
                .isEqualTo(new ChannelBindings.WhatsApp(
                        "1000001", "T_9_DENT_WHATSAPP_APP_SECRET", "MY_VERIFY", "T_9_DENT_WHATSAPP_ACCESS_TOKEN"));
        assertThat(t.channels().telegram().mode()).isEqualTo(ChannelBindings.Telegram.Mode.WEBHOOK);
        assertThat(t.channels().telegram().botTokenEnv()).isEqualTo("T_9_DENT_TELEGRAM_BOT_TOKEN");
        assertThat(t.channels().telegram().webhookSecretEnv()).isEqualTo("T_9_DENT_TELEGRAM_WEBHOOK_SECRET");
        assertThat(t.parent()).isNull();
        assertThat(t.phone()).isNull();

        OdooSettings explicit = new OdooSettings(null, null, null, "PW", null, null, null, null);
        assertThat(Tenant.of(null, null, null, null, null, null).envPrefix()).isEqualTo("TENANT");
        assertThat(explicit.withEnvDefaults("X")).isSameAs(explicit);
    }

    @Test
    void faqIsCopiedInOrderWithoutNulls() {
        Map<String, String> prices = new LinkedHashMap<>();
        prices.put("cleaning", "350 ₪");
        prices.put("whitening", null);
        Map<String, Map<String, String>> faq = new HashMap<>();
        faq.put("prices", prices);
        faq.put("empty", null);
        Tenant t =
                new Tenant("a", "A", TenantKind.CLINIC, null, TLV, "he", null, null, null, null, faq, null, null, null);
        prices.put("crown", "2000 ₪");

        assertThat(t.faq()).containsOnlyKeys("prices");
        assertThat(t.faq("prices", "cleaning")).isEqualTo("350 ₪");
        assertThat(t.faq("prices", "crown")).isNull();
        assertThat(t.faq("parking", "x")).isNull();
    }

    @Test
    void addressMayBePlainOrPerLocale() {
        assertThat(LocalizedText.of("Dizengoff 1").in("he")).isEqualTo("Dizengoff 1");
        LocalizedText perLocale = LocalizedText.of(new LinkedHashMap<>(Map.of("he", "דיזנגוף 1")));
        assertThat(perLocale.in("he")).isEqualTo("דיזנגוף 1");
        assertThat(perLocale.in("en")).isEqualTo("דיזנגוף 1");
        assertThat(perLocale.in(null)).isEqualTo("דיזנגוף 1");
        Map<String, String> withDefault = new LinkedHashMap<>();
        withDefault.put("he", "דיזנגוף 1");
        withDefault.put("default", "Dizengoff 1");
        LocalizedText text = LocalizedText.of(withDefault);
        assertThat(text.in("en")).isEqualTo("Dizengoff 1");
        assertThat(text.byLocale()).containsOnlyKeys("he");
        assertThat(LocalizedText.of((Map<String, String>) null)).isEqualTo(LocalizedText.EMPTY);
        assertThat(new LocalizedText(null, null).isEmpty()).isTrue();
    }

    @Test
    void scheduleKeepsWhatWasWrittenAndParsesOnDemand() {
        Schedule schedule = new Schedule(
                15,
                Map.of("fri", "08:00-12:00,13:00-14:00", "sunday", "closed"),
                List.of(LocalDate.of(2026, 9, 12)),
                Map.of("dr-levi", new PractitionerSchedule(null, List.of(LocalDate.of(2026, 9, 13)))));

        assertThat(schedule.weeklyHours().get(DayOfWeek.FRIDAY)).hasSize(2);
        assertThat(schedule.weeklyHours().get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(schedule.practitioners().get("dr-levi").inheritsHours()).isTrue();
        assertThat(new PractitionerSchedule(Map.of("mon", "09:00-10:00"), null).weeklyHours())
                .containsOnlyKeys(DayOfWeek.MONDAY);
    }
}
