package com.dentalai.hub.connectors.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OdooValuesTest {

    @Test
    void falseMeansEmpty() {
        assertThat(OdooValues.string(false)).isEmpty();
        assertThat(OdooValues.string("x")).contains("x");
        assertThat(OdooValues.many2One(false)).isEmpty();
        assertThat(OdooValues.instant(false)).isEmpty();
        assertThat(OdooValues.date(false)).isEmpty();
        assertThat(OdooValues.longValue(false)).isEmpty();
        assertThat(OdooValues.doubleValue(null)).isEmpty();
        assertThat(OdooValues.ids(false)).isEmpty();
        assertThat(OdooValues.bool(false)).isFalse();
        assertThat(OdooValues.bool(true)).isTrue();
    }

    @Test
    void many2OneFromPairOrBareId() {
        assertThat(OdooValues.many2One(List.of(7L, "Agrolait"))).contains(new Many2One(7, "Agrolait"));
        assertThat(OdooValues.many2One(new Object[] {7, "Agrolait"})).contains(new Many2One(7, "Agrolait"));
        assertThat(OdooValues.many2One(7L)).contains(new Many2One(7, null));
        assertThat(OdooValues.many2OneId(List.of(9L, "x"))).contains(9L);
        assertThatThrownBy(() -> OdooValues.many2One(List.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datetimesAreNaiveUtc() {
        Instant instant = Instant.parse("2030-01-07T09:00:00.750Z");

        assertThat(OdooValues.datetime(instant)).isEqualTo("2030-01-07 09:00:00");
        assertThat(OdooValues.instant("2030-01-07 09:00:00")).contains(Instant.parse("2030-01-07T09:00:00Z"));
        assertThat(OdooValues.instant("2030-01-07")).contains(Instant.parse("2030-01-07T00:00:00Z"));
        assertThat(OdooValues.date("2030-01-07")).contains(LocalDate.of(2030, 1, 7));
        assertThat(OdooValues.date(LocalDate.of(2030, 1, 7))).isEqualTo("2030-01-07");
    }

    @Test
    void javaValuesBecomeOdooValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("email", null);
        values.put("phone", Optional.empty());
        values.put("start", Instant.parse("2030-01-07T09:00:00Z"));
        values.put("birthday", LocalDate.of(1990, 5, 1));
        values.put("partner_id", new Many2One(3, "x"));
        values.put("tags", new Object[] {1L, 2L});

        assertThat(OdooValues.toOdoo(values))
                .isEqualTo(Map.of(
                        "email",
                        false,
                        "phone",
                        false,
                        "start",
                        "2030-01-07 09:00:00",
                        "birthday",
                        "1990-05-01",
                        "partner_id",
                        3L,
                        "tags",
                        List.of(1L, 2L)));
    }

    @Test
    void x2ManyCommands() {
        assertThat(OdooValues.commands(
                        OdooValues.replaceWith(List.of(1L, 2L)),
                        OdooValues.link(3),
                        OdooValues.unlinkFromSet(4),
                        OdooValues.createLine(Map.of("tooth_no", "Tooth3"))))
                .containsExactly(
                        List.of(6, 0, List.of(1L, 2L)),
                        List.of(4, 3L),
                        List.of(3, 4L),
                        List.of(0, 0, Map.of("tooth_no", "Tooth3")));
    }

    @Test
    void numbersFromEitherTransport() {
        assertThat(OdooValues.longValue(3)).contains(3L);
        assertThat(OdooValues.doubleValue(1.5)).contains(1.5);
        assertThat(OdooValues.ids(List.of(1, 2L))).containsExactly(1L, 2L);
        assertThatThrownBy(() -> OdooValues.longValue("3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OdooValues.doubleValue("3")).isInstanceOf(IllegalArgumentException.class);
    }
}
