package com.dentalai.hub.connectors.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.domain.channel.OutboundMessage.Text;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stand-in itself: what it records is what the hub sent, also when requests overlap. */
class GraphApiStandInTest {

    /**
     * Regression: the stand-in kept the request being answered in an HttpExchange attribute, which the
     * JDK server stores per HttpContext, not per exchange. Two overlapping sends were both recorded
     * (and passed to the listener) as the second one, the first never: the conversation benchmark
     * counted ~1 % of turns as "without a reply" although the hub had sent every reply.
     */
    @Test
    void overlappingSendsAreEachRecordedAsSent() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (GraphApiStandIn graph = new GraphApiStandIn().start()) {
            WhatsAppSender sender =
                    new WhatsAppSender(WhatsAppApiSettings.defaults().withBaseUrl(graph.url()));
            WhatsAppAccount account = new WhatsAppAccount("1000001", graph.accessToken());
            List<String> heard = new CopyOnWriteArrayList<>();
            graph.onAnswered(r -> heard.add(r.json().path("to").asText()));
            Future<String> first;
            Future<String> second;
            // holding the stand-in's monitor parks both requests inside it, after each was read and
            // before either is answered: the overlap that lost a request, made certain
            synchronized (graph) {
                first = callers.submit(() -> sender.send(account, "972500000001", new Text("one")));
                await().atMost(Duration.ofSeconds(10)).until(() -> parkedStandInThreads() == 1);
                second = callers.submit(() -> sender.send(account, "972500000002", new Text("two")));
                await().atMost(Duration.ofSeconds(10)).until(() -> parkedStandInThreads() == 2);
            }
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);

            assertThat(graph.acceptedMessages())
                    .extracting(json -> json.path("to").asText())
                    .containsExactlyInAnyOrder("972500000001", "972500000002");
            assertThat(heard).containsExactlyInAnyOrder("972500000001", "972500000002");
        } finally {
            callers.shutdownNow();
        }
    }

    private static long parkedStandInThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("graph-api-stand-in"))
                .filter(t -> t.getState() == Thread.State.BLOCKED)
                .count();
    }
}
