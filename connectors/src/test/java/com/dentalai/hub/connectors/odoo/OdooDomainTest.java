package com.dentalai.hub.connectors.odoo;

import static com.dentalai.hub.connectors.odoo.OdooDomain.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdooDomainTest {

    @Test
    void leavesAreTriplesWithOdooValues() {
        assertThat(where("start", ">=", Instant.parse("2030-01-01T08:00:00Z")).toList())
                .containsExactly(List.of("start", ">=", "2030-01-01 08:00:00"));
        assertThat(where("email", "=", null).toList()).containsExactly(List.of("email", "=", false));
        assertThat(where("id", "in", List.of(1L, 2L)).toList()).containsExactly(List.of("id", "in", List.of(1L, 2L)));
    }

    @Test
    void combinatorsArePrefixOperators() {
        OdooDomain a = where("a", "=", 1);
        OdooDomain b = where("b", "=", 2);
        OdooDomain c = where("c", "=", 3);

        assertThat(OdooDomain.or(a, b, c).toList())
                .containsExactly("|", "|", List.of("a", "=", 1), List.of("b", "=", 2), List.of("c", "=", 3));
        assertThat(a.and(OdooDomain.not(b.or(c))).toList())
                .containsExactly("&", List.of("a", "=", 1), "!", "|", List.of("b", "=", 2), List.of("c", "=", 3));
    }

    @Test
    void theEmptyDomainMatchesAllAndVanishesInCombinations() {
        OdooDomain a = where("a", "=", 1);

        assertThat(OdooDomain.all().toList()).isEmpty();
        assertThat(OdooDomain.and(OdooDomain.all(), a)).isEqualTo(a);
        assertThat(OdooDomain.or(OdooDomain.all(), OdooDomain.all()).isAll()).isTrue();
        assertThatThrownBy(() -> OdooDomain.not(OdooDomain.all())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsUnknownOperatorsAndHidesValuesInToString() {
        assertThatThrownBy(() -> where("a", "==", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> where(" ", "=", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(where("phone", "=", "+972501234567").toString())
                .doesNotContain("972")
                .contains("phone");
    }
}
