package com.dentalai.hub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.notifications.StaffNotice;
import com.dentalai.hub.domain.notifications.StaffNoticeKind;
import com.dentalai.hub.platform.db.TenantTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The de-duplication window on the real database, with the clock moved by hand: two stores
 * stand for two hub instances sharing one PostgreSQL.
 */
@HubTest
class NotificationDedupeTest {

    private static final String TENANT = "smile-tlv";

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2031-03-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    TenantTransactions tx;

    @Autowired
    NotificationsProperties properties;

    private final MovableClock clock = new MovableClock();

    @Test
    void tenIdenticalEventsInsideTheWindowAcrossTwoInstancesAreOneThenTheNextWindowOpens() {
        NotificationStore instanceA = new NotificationStore(tx, properties, clock);
        NotificationStore instanceB = new NotificationStore(tx, properties, clock);
        long record = System.nanoTime();

        int admitted = 0;
        for (int i = 0; i < 10; i++) {
            NotificationStore store = i % 2 == 0 ? instanceA : instanceB;
            if (admit(store, notice(record, "m:" + i)).isPresent()) {
                admitted++;
            }
            clock.advance(Duration.ofSeconds(5)); // the tenth lands 45 s after the first
        }
        assertThat(admitted).isOne();
        assertThat(rows(record)).isOne();

        clock.advance(properties.dedupeWindow().minusSeconds(50)); // 60 s after the first event
        assertThat(admit(instanceB, notice(record, "m:late"))).isPresent();
        assertThat(admit(instanceA, notice(record, "m:later"))).isEmpty();
        assertThat(admit(instanceA, notice(record + 1, "m:other")))
                .as("another record is another key")
                .isPresent();
        assertThat(rows(record)).isEqualTo(2);
    }

    private Optional<UUID> admit(NotificationStore store, StaffNotice notice) {
        return store.admit(TENANT, notice, null, notice.kind().subject(), "http://odoo/web#id=" + notice.resId());
    }

    private static StaffNotice notice(long record, String source) {
        return new StaffNotice(
                TENANT, StaffNoticeKind.MENTION, 42, "dedupe@smile.example", "patient.patient", record, source, null);
    }

    private long rows(long record) {
        return tx.inTenant(
                TENANT,
                jdbc -> jdbc.queryForObject(
                        "select count(*) from notifications where tenant_id = ? and event_key = ?",
                        Long.class,
                        TENANT,
                        "mention:42:patient.patient:" + record));
    }
}
