package com.dentalai.hub.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.channels.InboundQueue;
import com.dentalai.hub.channels.SandboxChannels;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import com.dentalai.hub.connectors.whatsapp.WhatsAppPayloads;
import com.dentalai.hub.odoo.SandboxOdoo;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark (tag {@code bench}, excluded from {@code verify}; run ops/bench/conversation.sh): signed
 * WhatsApp Cloud API webhooks through the running hub — signature check, inbound queue, Dana, gated
 * tool routes, Odoo stand-in answering after {@code bench.odooLatencyMs} per call — to the reply at
 * the Graph API stand-in. Each simulated patient waits for Dana's answer before the next message, as
 * a person does, and cycles greeting → booking search → pick a slot → confirm. Latency is from the
 * moment the webhook POST starts to the moment the stand-in receives the reply.
 */
@Tag("bench")
@HubTest
class ConversationBenchTest {

    private static final String PHONE_NUMBER_ID = "1000001";
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M", Locale.ROOT);

    enum Kind {
        GREETING,
        SEARCH,
        PICK,
        CONFIRM
    }

    private record Sample(Kind kind, long nanos) {}

    @LocalServerPort
    int port;

    private final GraphApiStandIn graph = SandboxChannels.graph();
    private final OdooStandInServer odoo = SandboxOdoo.server();
    private final int users = Integer.getInteger("bench.users", 24);
    private final int warmup = Integer.getInteger("bench.warmup", 200);
    private final int messages = Integer.getInteger("bench.messages", 1200);
    private final long odooLatencyMs = Long.getLong("bench.odooLatencyMs", 20);
    /** The message a patient waits on: replies as they reach the Graph stand-in, done when its turn is. */
    private static final class Pending {
        final List<JsonNode> replies = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile long firstReply;
        volatile String failure;
    }

    private final Map<String, Pending> byWaId = new ConcurrentHashMap<>();
    private final Map<String, Pending> byMessageKey = new ConcurrentHashMap<>();
    private final EventNotifierSupport turns = new EventNotifierSupport() {
        @Override
        public void notify(CamelEvent event) {
            Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
            if ("conversation-turn".equals(exchange.getFromRouteId())) {
                Pending p =
                        byMessageKey.remove(String.valueOf(exchange.getMessage().getHeader(InboundQueue.MESSAGE_KEY)));
                if (p != null) {
                    Throwable failure = exchange.getException() != null
                            ? exchange.getException()
                            : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                    if (failure != null) {
                        p.failure = failure.getClass().getSimpleName();
                    }
                    p.done.complete(null);
                }
            }
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.ExchangeCompletedEvent
                    || event instanceof CamelEvent.ExchangeFailedEvent;
        }
    };

    @Autowired
    CamelContext camel;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger lost = new AtomicInteger();
    private final Map<String, Integer> silent = new ConcurrentHashMap<>();
    private final AtomicLong wamids = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @AfterEach
    void restore() {
        graph.onAnswered(null);
        odoo.setLatency(Duration.ZERO);
        camel.getManagementStrategy().removeEventNotifier(turns);
        turns.stop();
    }

    @Test
    void webhookToReply() throws Exception {
        long base = 9_000_000L + new SplittableRandom().nextInt(900_000);
        List<String> waIds = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String local = "058" + (base + u);
            odoo.seed("patient.patient", Map.of("patient_name", "Bench Patient " + u, "contact_number", local));
            waIds.add("97258" + (base + u));
        }
        graph.onAnswered(this::answered);
        // a turn may send more than one message: the patient answers once the whole turn is done
        turns.start();
        camel.getManagementStrategy().addEventNotifier(turns);
        odoo.setLatency(Duration.ofMillis(odooLatencyMs));
        List<LocalDate> days = openDays(LocalDate.now(ZoneId.of("Asia/Jerusalem")), 60);

        AtomicInteger budget = new AtomicInteger(warmup);
        run(waIds, days, budget, Collections.synchronizedList(new ArrayList<>()));

        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        budget.set(messages);
        lost.set(0);
        silent.clear();
        long odooCalls = odoo.totalCalls();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        run(waIds, days, budget, samples);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuBefore) / 1e9;

        List<String> lines = report(samples, seconds, cpu, odoo.totalCalls() - odooCalls);
        lines.forEach(l -> System.out.println("BENCH " + l));
        Path out = Path.of("target", "bench", "conversation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        assertThat(samples).hasSizeGreaterThanOrEqualTo(messages * 9 / 10);
    }

    // ------------------------------------------------------------------ the simulated patients

    private void run(List<String> waIds, List<LocalDate> days, AtomicInteger budget, List<Sample> samples)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(waIds.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int u = 0; u < waIds.size(); u++) {
                String waId = waIds.get(u);
                SplittableRandom random = new SplittableRandom(u);
                done.add(pool.submit(() -> {
                    patient(waId, days, random, budget, samples);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One patient: answers whatever Dana asked, books, then starts over, until the budget is spent. */
    private void patient(
            String waId, List<LocalDate> days, SplittableRandom random, AtomicInteger budget, List<Sample> samples)
            throws Exception {
        JsonNode last = null;
        Kind next = Kind.GREETING;
        while (budget.getAndDecrement() > 0) {
            List<String> options = options(last);
            String yes = options.stream()
                    .filter(o -> o.startsWith("yes:"))
                    .findFirst()
                    .orElse(null);
            List<String> slots =
                    options.stream().filter(o -> o.startsWith("slot:")).toList();
            String body;
            Kind kind;
            if (yes != null) {
                kind = Kind.CONFIRM;
                body = WhatsAppPayloads.buttonReply(
                        PHONE_NUMBER_ID, waId, "Bench", wamid(), "wamid.any", yes, "Yes", now());
            } else if (!slots.isEmpty()) {
                kind = Kind.PICK;
                body = WhatsAppPayloads.buttonReply(
                        PHONE_NUMBER_ID,
                        waId,
                        "Bench",
                        wamid(),
                        "wamid.any",
                        slots.get(random.nextInt(slots.size())),
                        "slot",
                        now());
            } else if (next == Kind.SEARCH) {
                kind = Kind.SEARCH;
                LocalDate day = days.get(random.nextInt(days.size()));
                body = WhatsAppPayloads.text(
                        PHONE_NUMBER_ID,
                        waId,
                        "Bench",
                        wamid(),
                        "I'd like to book a cleaning on " + DAY_MONTH.format(day),
                        now());
            } else {
                kind = Kind.GREETING;
                body = WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Bench", wamid(), "hello", now());
            }
            next = kind == Kind.GREETING ? Kind.SEARCH : Kind.GREETING;
            String wamid = wamidOf(body);
            Pending pending = new Pending();
            byWaId.put(waId, pending);
            byMessageKey.put("WHATSAPP:" + wamid, pending);
            long sent = System.nanoTime();
            HttpResponse<String> accepted = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/whatsapp/smile-tlv"))
                            .header("Content-Type", "application/json")
                            .header("X-Hub-Signature-256", WhatsAppPayloads.sign(body, SandboxChannels.APP_SECRET))
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            boolean timedOut = false;
            try {
                pending.done.get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                byMessageKey.remove("WHATSAPP:" + wamid);
                timedOut = true;
            }
            byWaId.remove(waId, pending);
            if (pending.replies.isEmpty()) {
                // counted and reported, not hidden: the patient starts over as a person would
                lost.incrementAndGet();
                silent.merge(
                        kind
                                + (timedOut
                                        ? " (turn not done in 30 s)"
                                        : " (turn done, no reply, " + pending.failure + ")"),
                        1,
                        Integer::sum);
                last = null;
            } else {
                samples.add(new Sample(kind, pending.firstReply - sent));
                last = pending.replies.get(pending.replies.size() - 1);
            }
        }
    }

    /** The Graph stand-in's server thread: the first reply to a waiting patient completes its turn. */
    private void answered(GraphApiStandIn.Recorded recorded) {
        if (recorded.json() == null || !recorded.json().has("to")) {
            return;
        }
        Pending pending = byWaId.get(recorded.json().path("to").asText());
        if (pending != null && !recorded.accepted()) {
            pending.failure = "graph answered " + recorded.status();
        } else if (pending != null) {
            if (pending.replies.isEmpty()) {
                pending.firstReply = System.nanoTime();
            }
            pending.replies.add(recorded.json());
        }
    }

    private static List<String> options(JsonNode message) {
        List<String> ids = new ArrayList<>();
        if (message == null) {
            return ids;
        }
        JsonNode action = message.path("interactive").path("action");
        action.path("buttons").forEach(b -> ids.add(b.path("reply").path("id").asText()));
        action.path("sections")
                .forEach(s -> s.path("rows").forEach(r -> ids.add(r.path("id").asText())));
        return ids;
    }

    private static List<LocalDate> openDays(LocalDate today, int span) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.plusDays(1); d.isBefore(today.plusDays(span)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.FRIDAY && d.getDayOfWeek() != DayOfWeek.SATURDAY) {
                days.add(d);
            }
        }
        return days;
    }

    // ------------------------------------------------------------------ figures

    private List<String> report(List<Sample> samples, double seconds, double cpu, long odooCalls) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "setup: %d patients in parallel, odoo latency %d ms/call, %d warm-up + %d measured messages,"
                        + " JVM sees %d cores",
                users,
                odooLatencyMs,
                warmup,
                samples.size(),
                Runtime.getRuntime().availableProcessors()));
        lines.add(line("all", samples.stream().map(Sample::nanos).toList()));
        Map<Kind, List<Long>> byKind = new EnumMap<>(Kind.class);
        for (Sample s : List.copyOf(samples)) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s.nanos());
        }
        byKind.forEach((kind, nanos) -> lines.add(line(kind.name().toLowerCase(Locale.ROOT), nanos)));
        lines.add(String.format(
                Locale.ROOT,
                "throughput: %.1f msg/s over %.1f s; %d turns without a reply; process CPU %.1f s (%.2f cores busy);"
                        + " %.1f odoo calls/msg",
                samples.size() / seconds,
                seconds,
                lost.get(),
                cpu,
                cpu / seconds,
                (double) odooCalls / Math.max(1, samples.size())));
        if (!silent.isEmpty()) {
            lines.add("turns without a reply: " + new java.util.TreeMap<>(silent));
        }
        return lines;
    }

    private static String line(String name, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%-9s n=%5d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms",
                name,
                sorted.size(),
                pct(sorted, 0.50),
                pct(sorted, 0.90),
                pct(sorted, 0.99),
                sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0.0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String wamidOf(String webhook) {
        int at = webhook.indexOf("wamid.BENCH");
        int end = webhook.indexOf('"', at);
        return webhook.substring(at, end);
    }

    private String wamid() {
        return "wamid.BENCH" + wamids.incrementAndGet();
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
