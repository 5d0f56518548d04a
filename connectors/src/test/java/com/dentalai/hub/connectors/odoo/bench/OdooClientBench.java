package com.dentalai.hub.connectors.odoo.bench;

import com.dentalai.hub.connectors.odoo.OdooClient;
import com.dentalai.hub.connectors.odoo.OdooClientFactory;
import com.dentalai.hub.connectors.odoo.OdooConnection;
import com.dentalai.hub.connectors.odoo.OdooConnection.Transport;
import com.dentalai.hub.connectors.odoo.OdooDomain;
import com.dentalai.hub.connectors.odoo.OdooResilience;
import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import com.dentalai.hub.connectors.odoo.standin.XmlRpcWire;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What our client costs per call on top of the HTTP round trip: search_read of one record on a
 * loopback stand-in, the raw POST of the same bytes versus the {@link OdooClient} call, per
 * transport. Run with {@code ops/bench/odoo-client.sh} (full JIT) or the {@code bench} JUnit tag.
 */
public final class OdooClientBench {

    /** One measured variant. */
    record Result(String name, long[] nanos, long totalNanos) {
        long percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        double callsPerSecond() {
            return nanos.length * 1e9 / totalNanos;
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private OdooClientBench() {}

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        System.out.println(run(iterations, warmup));
    }

    static String run(int iterations, int warmup) throws Exception {
        try (OdooStandInServer odoo = new OdooStandInServer().start()) {
            odoo.seed("res.partner", Map.of("name", "Bench Patient", "phone", "+972500000000"));
            String apiKey = odoo.addApiKey("admin");
            OdooClientFactory factory = new OdooClientFactory(OdooResilience.defaults());
            OdooClient xmlRpc = factory.create(connection(odoo, Transport.XMLRPC, "admin"));
            OdooClient json2 = factory.create(connection(odoo, Transport.JSON2, apiKey));
            OdooClient jsonRpc = factory.create(connection(odoo, Transport.JSONRPC, "admin"));
            long uid = xmlRpc.authenticate();
            jsonRpc.authenticate();

            OdooDomain domain = OdooDomain.where("name", "=", "Bench Patient");
            List<String> fields = List.of("name", "phone");
            byte[] xml = XmlRpcWire.call(
                            "execute_kw",
                            List.of(
                                    odoo.database(),
                                    uid,
                                    "admin",
                                    "res.partner",
                                    "search_read",
                                    List.of(domain.toList()),
                                    Map.of("fields", fields, "limit", 1)))
                    .getBytes(StandardCharsets.UTF_8);
            byte[] json2Body =
                    ("{\"domain\":[[\"name\",\"=\",\"Bench Patient\"]],\"fields\":[\"name\",\"phone\"],\"limit\":1}")
                            .getBytes(StandardCharsets.UTF_8);
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest rawXml = HttpRequest.newBuilder(URI.create(odoo.url() + "/xmlrpc/2/object"))
                    .header("Content-Type", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(xml))
                    .build();
            HttpRequest rawJson2 = HttpRequest.newBuilder(URI.create(odoo.url() + "/json/2/res.partner/search_read"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "bearer " + apiKey)
                    .header("X-Odoo-Database", odoo.database())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json2Body))
                    .build();
            URL xmlUrl = URI.create(odoo.url() + "/xmlrpc/2/object").toURL();

            Map<String, Call> variants = new LinkedHashMap<>();
            variants.put(
                    "raw XML-RPC POST (java.net.http)",
                    () -> check(http.send(rawXml, HttpResponse.BodyHandlers.ofByteArray())
                            .body()));
            variants.put("raw XML-RPC POST (HttpURLConnection)", () -> check(postUrlConnection(xmlUrl, xml)));
            variants.put(
                    "OdooClient XML-RPC searchRead",
                    () -> one(xmlRpc.searchRead("res.partner", domain, fields, 1, 0, null)));
            variants.put(
                    "raw JSON-2 POST (java.net.http)",
                    () -> check(http.send(rawJson2, HttpResponse.BodyHandlers.ofByteArray())
                            .body()));
            variants.put(
                    "OdooClient JSON-2 searchRead",
                    () -> one(json2.searchRead("res.partner", domain, fields, 1, 0, null)));
            variants.put(
                    "OdooClient JSON-RPC searchRead",
                    () -> one(jsonRpc.searchRead("res.partner", domain, fields, 1, 0, null)));

            for (Call call : variants.values()) {
                time(call, warmup);
            }
            odoo.resetCallCounts();
            Map<String, Result> results = new LinkedHashMap<>();
            // interleave the variants in rounds so background load hits them alike
            int rounds = 5;
            Map<String, List<long[]>> parts = new LinkedHashMap<>();
            Map<String, Long> totals = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, Call> v : variants.entrySet()) {
                    long t0 = System.nanoTime();
                    long[] n = time(v.getValue(), iterations / rounds);
                    totals.merge(v.getKey(), System.nanoTime() - t0, Long::sum);
                    parts.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(n);
                }
            }
            parts.forEach((name, list) -> results.put(
                    name,
                    new Result(name, list.stream().flatMapToLong(Arrays::stream).toArray(), totals.get(name))));
            long requests = odoo.totalCalls();
            return report(results, requests, (long) variants.size() * (iterations / rounds) * rounds);
        }
    }

    private static OdooConnection connection(OdooStandInServer odoo, Transport transport, String secret) {
        return new OdooConnection(
                "bench-" + transport,
                URI.create(odoo.url()),
                odoo.database(),
                "admin",
                secret,
                null,
                transport,
                Duration.ofSeconds(2),
                Duration.ofSeconds(10));
    }

    private static long[] time(Call call, int n) throws Exception {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private static void check(byte[] body) {
        if (body.length < 50) {
            throw new IllegalStateException("unexpected answer");
        }
    }

    private static void one(List<?> records) {
        if (records.size() != 1) {
            throw new IllegalStateException("expected one record, got " + records.size());
        }
    }

    private static byte[] postUrlConnection(URL url, byte[] body) {
        try {
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            c.setDoOutput(true);
            c.setRequestMethod("POST");
            c.setRequestProperty("Content-Type", "text/xml");
            // buffered like Apache XML-RPC's transport (streaming mode splits headers and body)
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            try (InputStream in = c.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(Map<String, Result> results, long requests, long calls) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%nOdoo client overhead, search_read of 1 record on loopback (%d calls per variant, %d cores)%n",
                results.values().iterator().next().nanos().length,
                Runtime.getRuntime().availableProcessors()));
        sb.append(String.format(
                Locale.ROOT, "%-40s %10s %10s %10s %12s%n", "variant", "p50 µs", "p99 µs", "mean µs", "calls/s"));
        results.values()
                .forEach(r -> sb.append(String.format(
                        Locale.ROOT,
                        "%-40s %10.1f %10.1f %10.1f %12.0f%n",
                        r.name(),
                        r.percentile(0.50) / 1e3,
                        r.percentile(0.99) / 1e3,
                        r.totalNanos() / 1e3 / r.nanos().length,
                        r.callsPerSecond())));
        Result rawXml = results.get("raw XML-RPC POST (java.net.http)");
        Result rawUrl = results.get("raw XML-RPC POST (HttpURLConnection)");
        Result clientXml = results.get("OdooClient XML-RPC searchRead");
        Result rawJson2 = results.get("raw JSON-2 POST (java.net.http)");
        Result clientJson2 = results.get("OdooClient JSON-2 searchRead");
        sb.append(String.format(
                Locale.ROOT,
                "client overhead p50: XML-RPC %+.1f µs vs java.net.http, %+.1f µs vs HttpURLConnection; JSON-2 %+.1f µs%n",
                (clientXml.percentile(0.5) - rawXml.percentile(0.5)) / 1e3,
                (clientXml.percentile(0.5) - rawUrl.percentile(0.5)) / 1e3,
                (clientJson2.percentile(0.5) - rawJson2.percentile(0.5)) / 1e3));
        sb.append(String.format(
                Locale.ROOT,
                "HTTP requests per call: %.2f (%d requests for %d calls)%n",
                (double) requests / calls,
                requests,
                calls));
        return sb.toString();
    }
}
