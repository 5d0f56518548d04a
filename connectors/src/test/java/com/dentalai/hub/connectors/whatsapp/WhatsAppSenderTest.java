package com.dentalai.hub.connectors.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.domain.channel.Channel;
import com.dentalai.hub.domain.channel.ChannelSendException;
import com.dentalai.hub.domain.channel.ChannelSendException.Kind;
import com.dentalai.hub.domain.channel.OutboundMessage;
import com.dentalai.hub.domain.channel.OutboundMessage.Buttons;
import com.dentalai.hub.domain.channel.OutboundMessage.ListMenu;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import com.dentalai.hub.domain.channel.OutboundMessage.Template;
import com.dentalai.hub.domain.channel.OutboundMessage.Text;
import com.dentalai.hub.domain.channel.WindowClosedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WhatsAppSenderTest {

    private static final String WRONG_TOKEN = StandInCredentials.get("stand-in.whatsapp.wrong-access-token");

    private static final String TO = "972501234567";
    private static GraphApiStandIn graph;
    private static WhatsAppSender sender;
    private static WhatsAppAccount account;

    @BeforeAll
    static void start() {
        graph = new GraphApiStandIn().start();
        sender = new WhatsAppSender(WhatsAppApiSettings.defaults().withBaseUrl(graph.url()));
        account = new WhatsAppAccount("1000001", graph.accessToken());
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @BeforeEach
    void reset() {
        graph.reset();
    }

    @Test
    void textGoesToTheNumbersMessagesEndpointAndReturnsTheWamid() {
        String wamid = sender.send(account, TO, new Text("Your appointment is confirmed"));

        assertThat(wamid).startsWith("wamid.");
        GraphApiStandIn.Recorded request = graph.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v21.0/1000001/messages");
        assertThat(request.authorization()).isEqualTo("Bearer " + graph.accessToken());
        assertThat(request.json().path("text").path("body").asText()).isEqualTo("Your appointment is confirmed");
    }

    @Test
    void textHasTheFieldStructureOfMetasExample() throws Exception {
        JsonNode example = new ObjectMapper().readTree(Fixtures.bytes("send_text_request.json"));
        sender.send(account, TO, new Text("hello"));

        JsonNode sent = graph.lastSent().orElseThrow();
        assertThat(paths(sent)).isEqualTo(paths(example));
        assertThat(sent.path("type").asText()).isEqualTo("text");
        assertThat(sent.path("text").path("preview_url").asBoolean(true))
                .as("no link previews of our links")
                .isFalse();
    }

    @Test
    void templateHasTheFieldStructureOfTheExampleAndAddsComponentsOnlyWhenNeeded() throws Exception {
        JsonNode example = new ObjectMapper().readTree(Fixtures.bytes("send_template_request.json"));
        sender.send(account, TO, new Template("hello_world", "en_US", List.of()));

        JsonNode sent = graph.lastSent().orElseThrow();
        List<String> expected = new ArrayList<>(paths(example));
        expected.add("/recipient_type");
        assertThat(paths(sent)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sent.at("/template/language/code").asText()).isEqualTo("en_US");
    }

    @Test
    void templateParametersAndQuickReplies() {
        sender.send(
                account,
                TO,
                new Template("appointment_reminder", "he", List.of("דנה", "10:30"), List.of("confirm", "cancel")));

        JsonNode components = graph.lastSent().orElseThrow().at("/template/components");
        assertThat(components.get(0).path("type").asText()).isEqualTo("body");
        assertThat(components.get(0).at("/parameters/1/text").asText()).isEqualTo("10:30");
        assertThat(components.get(0).at("/parameters/0/type").asText()).isEqualTo("text");
        assertThat(components.get(2).path("type").asText()).isEqualTo("button");
        assertThat(components.get(2).path("sub_type").asText()).isEqualTo("quick_reply");
        assertThat(components.get(2).path("index").asText()).isEqualTo("1");
        assertThat(components.get(2).at("/parameters/0/payload").asText()).isEqualTo("cancel");
    }

    @Test
    void buttonsAreInteractiveReplyButtons() {
        sender.send(
                account, TO, new Buttons("Book 10:30?", List.of(Option.of("yes", "Yes 👍"), Option.of("no", "No"))));

        JsonNode sent = graph.lastSent().orElseThrow();
        assertThat(sent.path("type").asText()).isEqualTo("interactive");
        assertThat(sent.at("/interactive/type").asText()).isEqualTo("button");
        assertThat(sent.at("/interactive/body/text").asText()).isEqualTo("Book 10:30?");
        assertThat(sent.at("/interactive/action/buttons/0/type").asText()).isEqualTo("reply");
        assertThat(sent.at("/interactive/action/buttons/0/reply/id").asText()).isEqualTo("yes");
        assertThat(sent.at("/interactive/action/buttons/0/reply/title").asText())
                .isEqualTo("Yes 👍");
        assertThat(sent.at("/interactive/action/buttons").size()).isEqualTo(2);
    }

    @Test
    void listsHaveOneSectionOfRows() {
        List<Option> slots = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            slots.add(new Option("slot-" + i, "Tue " + i + ":00", i % 2 == 0 ? "Dr. Cohen" : null));
        }
        sender.send(account, TO, OutboundMessage.choices("Pick a time", "Times", "More…", slots, 0));

        JsonNode sent = graph.lastSent().orElseThrow();
        assertThat(sent.at("/interactive/type").asText()).isEqualTo("list");
        assertThat(sent.at("/interactive/action/button").asText()).isEqualTo("Times");
        JsonNode rows = sent.at("/interactive/action/sections/0/rows");
        assertThat(rows.size()).isEqualTo(10);
        assertThat(rows.get(1).path("description").asText()).isEqualTo("Dr. Cohen");
        assertThat(rows.get(0).has("description")).isFalse();
        assertThat(rows.get(9).path("id").asText()).isEqualTo("more:9");
        assertThat(new ListMenu("x", "y", List.of(Option.of("a", "b"))).rows()).hasSize(1);
    }

    @Test
    void longTextAndEmojiArriveIntact() {
        String text = "🦷 ".repeat(1000) + "שלום".repeat(250);
        assertThat(text.codePointCount(0, text.length())).isEqualTo(3000);
        sender.send(account, "+" + TO, new Text(text));

        JsonNode sent = graph.lastSent().orElseThrow();
        assertThat(sent.at("/text/body").asText()).isEqualTo(text);
        assertThat(sent.path("to").asText()).isEqualTo("+" + TO);
        sender.send(account, TO, new Text("x".repeat(4000)));
        assertThat(graph.lastSent().orElseThrow().at("/text/body").asText()).hasSize(4000);
    }

    @Test
    void marksMessagesReadAndTellsAcceptedFromRefused() {
        sender.markRead(account, "wamid.FROM_PATIENT");
        graph.failNextWithServerError();
        assertThatThrownBy(() -> sender.send(account, TO, new Text("refused")))
                .isInstanceOf(ChannelSendException.class);
        sender.send(account, TO, new Text("accepted"));

        assertThat(graph.readReceipts()).containsExactly("wamid.FROM_PATIENT");
        assertThat(graph.sentMessages()).hasSize(3);
        assertThat(graph.acceptedMessages())
                .extracting(m -> m.at("/text/body").asText())
                .containsExactly("accepted");
        assertThat(graph.requests())
                .extracting(GraphApiStandIn.Recorded::status)
                .containsExactly(200, 500, 200);
    }

    @Test
    void rateLimitIsRetryableWithRetryAfter() {
        graph.failNextWithRateLimit(7);
        ChannelSendException e =
                catchThrowableOfType(() -> sender.send(account, TO, new Text("hi")), ChannelSendException.class);

        assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e.providerCode()).contains(130429);
        assertThat(e.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(sender.send(account, TO, new Text("hi again"))).startsWith("wamid.");
    }

    @Test
    void serverErrorsAreRetryable() {
        graph.failNextWithServerError();
        ChannelSendException e =
                catchThrowableOfType(() -> sender.send(account, TO, new Text("hi")), ChannelSendException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e).hasMessageContaining("HTTP 500");
    }

    @Test
    void closedWindowAsksForATemplate() {
        graph.closeWindow(TO);
        WindowClosedException e = catchThrowableOfType(
                () -> sender.send(account, TO, new Text("Are you coming?")), WindowClosedException.class);

        assertThat(e.kind()).isEqualTo(Kind.WINDOW_CLOSED);
        assertThat(e.providerCode()).contains(131047);
        assertThat(e).hasMessageContaining("131047").hasMessageNotContaining("Are you coming");
        assertThat(sender.send(account, TO, new Template("appointment_reminder", "he", List.of("10:30"))))
                .startsWith("wamid.");

        graph.openWindow(TO);
        graph.failNextWithWindowClosed();
        assertThatThrownBy(() -> sender.send(account, TO, new Text("x"))).isInstanceOf(WindowClosedException.class);
    }

    @Test
    void otherClientErrorsArePermanent() {
        graph.failNext(400, 131026, "(#131026) Message Undeliverable");
        ChannelSendException e =
                catchThrowableOfType(() -> sender.send(account, TO, new Text("hi")), ChannelSendException.class);
        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.providerCode()).contains(131026);
        assertThat(e)
                .hasMessage(
                        "WhatsApp send text failed: HTTP 400, Graph error 131026 ((#131026) Message Undeliverable)");
    }

    @Test
    void aWrongTokenIsPermanentAndNeverQuoted() {
        WhatsAppAccount wrong = new WhatsAppAccount("1000001", WRONG_TOKEN);
        ChannelSendException e =
                catchThrowableOfType(() -> sender.send(wrong, TO, new Text("hi")), ChannelSendException.class);

        assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(e.providerCode()).contains(190);
        assertThat(e.getMessage()).doesNotContain(WRONG_TOKEN);
        assertThat(wrong.toString()).doesNotContain(WRONG_TOKEN);
    }

    @Test
    void networkFailureIsRetryable() {
        WhatsAppSender nowhere =
                new WhatsAppSender(WhatsAppApiSettings.defaults().withBaseUrl(URI.create("http://127.0.0.1:1")));
        ChannelSendException e =
                catchThrowableOfType(() -> nowhere.send(account, TO, new Text("hi")), ChannelSendException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).doesNotContain(graph.accessToken());
        assertThat(nowhere.toString()).contains("127.0.0.1:1");
    }

    @Test
    void graphErrorClassification() {
        ObjectMapper json = new ObjectMapper();
        assertThat(GraphHttp.classify(400, error(json, 131056), Optional.of("3"), "send")
                        .kind())
                .as("pair rate limit arrives as 400")
                .isEqualTo(Kind.RETRYABLE);
        assertThat(GraphHttp.classify(400, error(json, 80007), Optional.empty(), "send")
                        .isRetryable())
                .isTrue();
        assertThat(GraphHttp.classify(
                                503, json.createObjectNode(), Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"), "send")
                        .retryAfter())
                .as("an HTTP-date Retry-After is ignored")
                .isEmpty();
        assertThat(GraphHttp.classify(404, json.createObjectNode(), Optional.of("5"), "send")
                        .retryAfter())
                .as("no retry hint on a permanent failure")
                .isEmpty();
        assertThat(GraphHttp.classify(401, error(json, 190), Optional.empty(), "send")
                        .kind())
                .isEqualTo(Kind.PERMANENT);
    }

    private static JsonNode error(ObjectMapper json, int code) {
        return json.createObjectNode()
                .set("error", json.createObjectNode().put("code", code).put("message", "m"));
    }

    /** Every JSON pointer that holds a value: the field structure, independent of the values. */
    private static List<String> paths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect("", node, paths);
        paths.sort(String::compareTo);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, List<String> paths) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                collect(prefix + "/" + name, node.get(name), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(prefix + "/" + i, node.get(i), paths);
            }
        } else {
            paths.add(prefix);
        }
    }
}
