package com.dentalai.hub.connectors.odoo.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.OdooConnection;
import com.dentalai.hub.connectors.odoo.OdooResilience;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.domain.clinic.ClinicRecordsException;
import com.dentalai.hub.domain.clinic.ClinicRecordsException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What callers of the clinic records see when Odoo misbehaves: wrong password, down, slow. */
class RecordsFaultsTest {

    static final Instant NINE = Instant.parse("2026-03-02T07:00:00Z");

    final OdooStandInServer odoo = new OdooStandInServer().start();
    final OdooMapping mapping = new MappingLoader(null).load("standard");
    final OdooClientFactory factory = new OdooClientFactory(new OdooResilience(
            1, Duration.ofMillis(10), 2.0, Duration.ofMillis(10), 50f, 4, 2, Duration.ofSeconds(60)));

    @AfterEach
    void stop() {
        odoo.close();
    }

    @Test
    void aWrongPasswordIsDenied() {
        OdooClinicRecords records = records("faults-auth", "wrong", Duration.ofSeconds(5));

        assertThatThrownBy(records::listPractitioners)
                .isInstanceOfSatisfying(ClinicRecordsException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.DENIED));
    }

    @Test
    void odooDownOpensTheBreakerAndLaterCallsFailFastAsUnavailable() {
        OdooClinicRecords records = records("faults-down", "admin", Duration.ofSeconds(5));
        records.listPractitioners();
        odoo.stopListening();

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> records.busyIntervals(NINE, NINE.plusSeconds(3600)))
                    .isInstanceOfSatisfying(ClinicRecordsException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.UNAVAILABLE));
        }
        odoo.resetCallCounts();
        long started = System.nanoTime();
        assertThatThrownBy(() -> records.busyIntervals(NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(ClinicRecordsException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.UNAVAILABLE));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
        assertThat(odoo.totalCalls()).isZero();
    }

    @Test
    void aSlowOdooTimesOutAsUnavailable() {
        OdooClinicRecords records = records("faults-slow", "admin", Duration.ofMillis(300));
        records.listPractitioners();
        odoo.setLatency(Duration.ofSeconds(2));

        assertThatThrownBy(() -> records.busyIntervals(NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(ClinicRecordsException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.UNAVAILABLE));
    }

    private OdooClinicRecords records(String tenant, String password, Duration readTimeout) {
        OdooClient client = factory.create(OdooConnection.xmlRpc(tenant, odoo.url(), odoo.database(), "admin", password)
                .withTimeouts(Duration.ofSeconds(1), readTimeout));
        return new OdooClinicRecords(mapping, client, StandInFixture::toE164, Clock.systemUTC());
    }
}
