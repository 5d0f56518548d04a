package com.dentalai.hub.domain.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhiMaskerTest {

    private final PhiMasker masker = PhiMasker.standard();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "call me at 050-123-4567 please|call me at [PHONE] please",
                "from=972501234567|from=[PHONE]",
                "tel +972-50-123-4567.|tel [PHONE].",
                "office (03) 555-0100|office [PHONE]",
                "US +1 415 555 2671 ok|US [PHONE] ok",
                "0501234567,0521234567|[PHONE],[PHONE]",
                "mail dana.levi+x@clinic.co.il now|mail [EMAIL] now",
                "ID 000000018 on file|ID [IL-ID] on file",
                "card 4111 1111 1111 1111 end|card [NUMBER] end",
                "a@b.co, c.d@e-f.org.|[EMAIL], [EMAIL].",
                "x 050 1234567 10:30|x [PHONE] 10:30",
                "(050)1234567|[PHONE]",
                "+(972)501234567|[PHONE]",
                "ת.ז. 123456782|ת.ז. [IL-ID]",
                "נא להתקשר ל 0541234567 תודה|נא להתקשר ל [PHONE] תודה"
            })
    void masksPhonesEmailsAndIsraeliIds(String text, String masked) {
        assertThat(masker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "appointment on 2026-09-12 at 10:30",
                "2026-09-12 10:30",
                "correlation 550e8400-e29b-41d4-a716-446655440000",
                "took 1234 ms for 12 rows",
                "order #12345678",
                "ts=2026-09-12T10:30:00Z",
                "route smile-tlv-whatsapp-123456789012",
                "mail at @ or a@b or x@localhost",
                "12:30-13:45/10",
                "nothing here at all"
            })
    void leavesOrdinaryLogTextAlone(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void registeredSensitiveValuesAreMaskedAsWords() {
        PhiMasker withNames = masker.withSensitive(Arrays.asList("Dana Levi", "Dan", "דני", "x", null, " "));

        assertThat(withNames.mask("Patient DANA LEVI booked; Dan's file; Danger zone; Jordan"))
                .isEqualTo("Patient [REDACTED] booked; [REDACTED]'s file; Danger zone; Jordan");
        assertThat(withNames.mask("שלום דני, נשלח לדני ולדניאל"))
                .isEqualTo("שלום [REDACTED], נשלח ל[REDACTED] ולדניאל");
        assertThat(withNames.mask("x marks 050-123-4567")).isEqualTo("x marks [PHONE]");
        assertThat(withNames.toString()).doesNotContain("Dana").isEqualTo("PhiMasker[with sensitive values]");
        assertThat(masker.withSensitive(List.of("a"))).isSameAs(masker);
        assertThat(masker.toString()).isEqualTo("PhiMasker[standard]");
    }

    @Test
    void sensitiveValuesAreLiteralsNotPatterns() {
        PhiMasker withOdd = masker.withSensitive(List.of("a.b(c"));
        assertThat(withOdd.mask("see a.b(c and aXb(c")).isEqualTo("see [REDACTED] and aXb(c");
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertThat(masker.mask(null)).isNull();
        assertThat(masker.mask("")).isEmpty();
    }

    @Test
    void israeliIdCheckDigit() {
        assertThat(PhiMasker.isIsraeliId("123456782")).isTrue();
        assertThat(PhiMasker.isIsraeliId("000000018")).isTrue();
        assertThat(PhiMasker.isIsraeliId("123456789")).isFalse();
        assertThat(PhiMasker.isIsraeliId("12345678")).isFalse();
        assertThat(PhiMasker.isIsraeliId("12345678a")).isFalse();
        assertThat(masker.mask("123456789"))
                .as("nine digits that are not an id: still a phone-like number")
                .isEqualTo("[PHONE]");
    }

    @Test
    void isFastOnLongLogLines() {
        String line = "user=u-1 route=chat tenant=smile-tlv text=שלום אני רוצה תור ".repeat(2_000) + " 050-123-4567";
        String digits = "1".repeat(50_000) + "x";
        String ats = "a@".repeat(20_000);
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(masker.mask(line)).endsWith("[PHONE]");
            assertThat(masker.mask(digits)).isEqualTo(digits);
            assertThat(masker.mask(ats)).isEqualTo(ats);
        }
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("ms for 60 long lines")
                .isLessThan(2_000);
    }
}
