package com.dentalai.hub.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.domain.reminders.ReminderKind;
import com.dentalai.hub.reminders.changefeed.ChangeFeedProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark (tag {@code bench}, excluded from {@code verify}; run ops/bench/reminders.sh): reminders/s
 * one dispatcher sends to the WhatsApp Graph stand-in (each one: claim, an Odoo read of the
 * patient's phone over XML-RPC, a template POST, the settle), and the change-feed lag from a staff
 * write in the Odoo stand-in to the reminder row, at the tests' 300 ms poll interval.
 */
@Tag("bench")
@HubTest
class RemindersBenchTest extends ReminderTestSupport {

    private final int rows = Integer.getInteger("bench.reminders", 300);
    private final int samples = Integer.getInteger("bench.lag-samples", 10);

    @Autowired
    ChangeFeedProperties feed;

    @Test
    void remindersPerSecondAndChangeFeedLag() throws Exception {
        List<String> lines = new ArrayList<>();
        // the dispatch route is paused: this measures one dispatcher draining a backlog
        camel.getRouteController().suspendRoute(ReminderRoutes.DISPATCH);
        long patient = patient("052-" + seq);
        String waId = "97252" + seq;
        Instant due = Instant.parse("2030-07-01T16:00:00Z");
        for (int i = 0; i < rows; i++) {
            store.plan(
                    TENANT,
                    "bench-" + seq + "-" + i,
                    "v1",
                    ReminderKind.DAY_BEFORE,
                    due,
                    due.plusSeconds(50_000),
                    Long.toString(patient));
        }
        clock.set(due.plusSeconds(1));
        ReminderDispatcher dispatcher = new ReminderDispatcher(store, delivery, tenants, properties, clock, meters);
        long start = System.nanoTime();
        int sent = 0;
        while (sent < rows) {
            int n = dispatcher.dispatch("bench");
            assertThat(n).as("rows claimed in a pass").isPositive();
            sent += n;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(sentTo(waId)).hasSize(rows);
        lines.add(String.format(
                "reminders dispatched: %d in %.2f s = %.1f reminders/s (batch %d, one dispatcher)",
                rows, seconds, rows / seconds, properties.batch()));

        List<Long> lags = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String start0 = String.format("2030-08-%02d 07:00:00", i + 1);
            long t0 = System.nanoTime();
            long appointment = book(patient, start0, "confirm");
            await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> !rows(appointment)
                    .isEmpty());
            lags.add((System.nanoTime() - t0) / 1_000_000);
        }
        lags.sort(Long::compare);
        lines.add(String.format(
                "change-feed lag (Odoo write -> reminder row, poll interval %d ms): median %d ms,"
                        + " max %d ms over %d edits",
                feed.interval().toMillis(), lags.get(lags.size() / 2), lags.get(lags.size() - 1), samples));
        lines.forEach(l -> System.out.println("BENCH " + l));
        Path out = Path.of("target", "bench", "reminders.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
