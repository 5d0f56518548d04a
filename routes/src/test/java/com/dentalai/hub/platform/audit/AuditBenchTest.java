package com.dentalai.hub.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.DentalAiHubApplication;
import com.dentalai.hub.domain.audit.AuditEvent;
import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.db.OwnerDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Benchmark (tag {@code bench}, excluded from {@code verify}; run ops/bench/audit-export.sh):
 * loads 1 M audit rows as the owner, exports them through the real HTTP endpoint, and measures
 * the write path (record → Artemis → audit-writer → PostgreSQL). Its own context: a bench-only
 * filter chain authenticates the loopback client as PLATFORM_ADMIN with a per-run token.
 */
@Tag("bench")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {DentalAiHubApplication.class, AuditBenchTest.BenchSecurity.class})
@ActiveProfiles("test")
class AuditBenchTest {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final int TENANTS = 10;
    private static final int WRITE_EVENTS = Integer.getInteger("bench.write-events", 50_000);
    private static final int WRITE_THREADS = 4;
    private static final String TOKEN = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @Autowired
    OwnerDataSource owner;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditStore store;

    @Autowired
    AuditBatchWriter writer;

    private static final Path OUT = Path.of("target", "bench", "audit-export.txt");

    @Test
    void exportAndWriteThroughput() throws Exception {
        Files.createDirectories(OUT.getParent());
        Files.deleteIfExists(OUT);
        load();
        export();
        write();
    }

    private void load() {
        long t0 = System.nanoTime();
        AuditFixtures.asOwner(
                owner,
                jdbc -> jdbc.update(
                        """
                insert into audit_events (event_id, tenant_id, seq, ts, actor, verb, object_type, object_id, outcome,
                                          ip, correlation_id, extra, prev_hash, hash)
                select gen_random_uuid(), 'bench-' || (g % ?), g / ? + 1,
                       timestamptz '2025-01-01' + g * interval '1 second', 'user:u' || (g % 97),
                       (array['route.enter','appointment.book','phi.read','auth.login'])[g % 4 + 1], 'appointment',
                       'a-' || g, (array['SUCCESS','SUCCESS','SUCCESS','DENIED'])[g % 4 + 1], '10.0.' || (g % 250) || '.1',
                       md5(g::text), jsonb_build_object('route', 'appointment-book', 'reason', 'n, "' || (g % 7) || '"'),
                       md5((g - 1)::text) || md5((g - 1)::text), md5(g::text) || md5(g::text)
                from generate_series(0, ? - 1) as g
                """,
                        TENANTS, TENANTS, ROWS));
        AuditFixtures.asOwner(
                owner,
                jdbc -> jdbc.update(
                        "insert into audit_chain_heads (tenant_id, last_seq, last_hash) select tenant_id, max(seq), 'bench'"
                                + " from audit_events where tenant_id like 'bench-%' group by tenant_id"
                                + " on conflict (tenant_id) do nothing"));
        AuditFixtures.asOwner(owner, jdbc -> {
            jdbc.execute("analyze audit_events");
            return null;
        });
        line("load: %,d rows in %.1f s (generate_series as owner)", ROWS, secondsSince(t0));
    }

    private void export() throws Exception {
        System.gc();
        long baseline = heapUsed();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/audit/export.csv"))
                .header("X-Bench-Token", TOKEN)
                .GET()
                .build();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = secondsSince(t0);
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long peak =
                heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long rows = lines - 1;
        assertThat(rows).isGreaterThanOrEqualTo(ROWS);
        line(
                "export: %,d rows, %.1f MB CSV in %.1f s = %,.0f rows/s (%.1f MB/s)",
                rows, bytes / 1e6, seconds, rows / seconds, bytes / 1e6 / seconds);
        line(
                "export: hub JVM used %.1f CPU-s (%,.0f rows per CPU-s; PostgreSQL not counted); load average %.1f on %d"
                        + " cores",
                cpu,
                rows / cpu,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        line(
                "export heap: baseline %d MB after GC, peak used %d MB during export (max heap %d MB)",
                baseline >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private void write() throws Exception {
        String prefix = "benchw-" + UUID.randomUUID().toString().substring(0, 6);
        ExecutorService pool = Executors.newFixedThreadPool(WRITE_THREADS);
        long turns0 = writer.turns();
        long t0 = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < WRITE_THREADS; t++) {
            int thread = t;
            jobs.add(pool.submit(() -> {
                for (int i = thread; i < WRITE_EVENTS; i += WRITE_THREADS) {
                    trail.record(new AuditEvent(
                            Instant.now(),
                            prefix + "-" + (i % 5),
                            "user:bench",
                            "appointment.book",
                            "appointment",
                            "a-" + i,
                            AuditEvent.Outcome.SUCCESS,
                            "127.0.0.1",
                            "c-" + i,
                            Map.of("route", "bench")));
                }
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        double published = secondsSince(t0);
        pool.shutdown();
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> written(prefix) >= WRITE_EVENTS);
        double total = secondsSince(t0);
        long turns = writer.turns() - turns0;
        line(
                "write: %,d events from %d threads: record() %,.0f events/s; in PostgreSQL after %.1f s = %,.0f events/s"
                        + " end to end (%,d writer turns, %.0f events per batch)",
                WRITE_EVENTS,
                WRITE_THREADS,
                WRITE_EVENTS / published,
                total,
                WRITE_EVENTS / total,
                turns,
                (double) WRITE_EVENTS / Math.max(1, turns));
        for (int t = 0; t < 5; t++) {
            assertThat(new AuditChainVerifier(store, new AuditProperties("q", 1, Duration.ZERO, Duration.ZERO, 5000, 1))
                            .verify(prefix + "-" + t)
                            .ok())
                    .isTrue();
        }
    }

    private long written(String prefix) {
        long sum = 0;
        for (int t = 0; t < 5; t++) {
            sum += store.head(prefix + "-" + t)
                    .map(AuditStore.ChainHead::lastSeq)
                    .orElse(0L);
        }
        return sum;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("BENCH " + text);
        try {
            // line by line, so an interrupted run keeps the figures it measured
            Files.writeString(OUT, text + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Bench-only: the loopback client with the run's token is a PLATFORM_ADMIN. */
    @TestConfiguration
    static class BenchSecurity {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain benchAuditChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/v1/audit/**")
                    .csrf(c -> c.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .addFilterBefore(new BenchTokenFilter(), AnonymousAuthenticationFilter.class)
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .build();
        }
    }

    static final class BenchTokenFilter extends OncePerRequestFilter {

        private static final Principal ROOT = new Principal("u-bench", "bench", null, Set.of(Role.PLATFORM_ADMIN));

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (TOKEN.equals(request.getHeader("X-Bench-Token"))) {
                SecurityContextHolder.getContext()
                        .setAuthentication(new TestingAuthenticationToken(ROOT, null, "ROLE_PLATFORM_ADMIN"));
            }
            chain.doFilter(request, response);
        }
    }
}
