package com.dentalai.hub.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dentalai.hub.HubTest;
import com.dentalai.hub.connectors.telegram.TelegramApiSettings;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.telegram.TelegramClient;
import com.dentalai.hub.connectors.telegram.TelegramPayloads;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Long polling for bright-jerusalem (channels.telegram.mode: polling in config/tenants.yaml): updates
 * from getUpdates take the webhook's path to Dana, the offset is kept in PostgreSQL, and a webhook
 * set meanwhile (409) is deleted so polling goes on.
 */
@HubTest
class TelegramPollingTest {

    static final String TENANT = "bright-jerusalem";
    static final String BOT_ID = "987654321";

    @Autowired
    CamelContext camel;

    @Autowired
    TelegramOffsets offsets;

    @Autowired
    com.dentalai.hub.platform.tenants.TenantDirectory tenants;

    @Autowired
    ChannelSecrets secrets;

    @Autowired
    InboundQueue queue;

    @Autowired
    TelegramPollingProperties polling;

    @Autowired
    ChannelsProperties channels;

    private final TelegramBotApiStandIn bot = SandboxChannels.jerusalemBot();
    private final long chat = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);

    @Test
    void anUpdateReadByPollingIsAnsweredAndItsOffsetIsStored() {
        assertThat(camel.getRouteController().getRouteStatus(TelegramPollingRoutes.routeId(TENANT)))
                .isEqualTo(ServiceStatus.Started);
        long update = nextUpdateId();

        bot.enqueueUpdate(TelegramPayloads.text(update, chat, chat, "Pat", "what are your opening hours?"));

        await().atMost(Duration.ofSeconds(30)).until(() -> repliesTo(chat) == 1);
        assertThat(lastReplyTo(chat)).contains("09:00");
        await().atMost(Duration.ofSeconds(10)).until(() -> offsets.next(TENANT, BOT_ID) == update + 1);
        // the next poll confirms it: Telegram (the stand-in) forgets the update
        await().atMost(Duration.ofSeconds(10)).until(() -> bot.pendingUpdates() == 0);
    }

    @Test
    void theStoredOffsetIsWhatTheNextPollAsksForSoNothingComesTwice() {
        long first = nextUpdateId();
        bot.enqueueUpdate(TelegramPayloads.text(first, chat, chat, "Pat", "hello"));
        await().atMost(Duration.ofSeconds(30)).until(() -> repliesTo(chat) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> offsets.next(TENANT, BOT_ID) == first + 1);

        // the same update again (Telegram resends what was not confirmed) and a new one
        bot.enqueueUpdate(TelegramPayloads.text(first, chat, chat, "Pat", "hello"));
        bot.enqueueUpdate(TelegramPayloads.text(first + 1, chat, chat, "Pat", "thanks!"));

        await().atMost(Duration.ofSeconds(30)).until(() -> repliesTo(chat) == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> offsets.next(TENANT, BOT_ID) == first + 2);
        assertThat(bot.calls("getUpdates").stream()
                        .map(body -> body.path("offset").asLong())
                        .filter(offset -> offset > first))
                .as("every poll after the first answer asks past it")
                .isNotEmpty();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> repliesTo(chat) == 2);
    }

    @Test
    void aWebhookSetMeanwhileIsDeletedAndPollingGoesOn() {
        new TelegramClient(TelegramApiSettings.defaults().withBaseUrl(bot.url()), SandboxChannels.JERUSALEM_BOT_TOKEN)
                .setWebhook("https://elsewhere.example/hook", "someone-elses-secret");
        assertThat(bot.webhookActive()).isTrue();

        await().atMost(Duration.ofSeconds(30)).until(() -> !bot.webhookActive());
        assertThat(bot.calls().stream()
                        .filter(c -> c.method().equals("getUpdates"))
                        .anyMatch(c -> c.status() == 409))
                .as("Telegram's 409 for getUpdates while a webhook is set")
                .isTrue();

        long update = nextUpdateId();
        bot.enqueueUpdate(TelegramPayloads.text(update, chat, chat, "Pat", "what are your opening hours?"));
        await().atMost(Duration.ofSeconds(30)).until(() -> repliesTo(chat) == 1);
    }

    @Test
    void aRestartedPollerResumesFromTheStoredOffset() throws Exception {
        String route = TelegramPollingRoutes.routeId(TENANT);
        long first = nextUpdateId();
        bot.enqueueUpdate(TelegramPayloads.text(first, chat, chat, "Pat", "hello"));
        await().atMost(Duration.ofSeconds(30)).until(() -> offsets.next(TENANT, BOT_ID) == first + 1);
        camel.getRouteController().stopRoute(route);
        try {
            // while the hub is down the patient writes again; Telegram keeps the update
            bot.enqueueUpdate(TelegramPayloads.text(first + 1, chat, chat, "Pat", "thanks!"));
            // a new poller (nothing in memory, as after a restart) asks from the stored offset
            TelegramPoller restarted = new TelegramPoller(tenants, secrets, queue, offsets, polling, channels);

            assertThat(restarted.poll(TENANT)).isEqualTo(1);
            assertThat(restarted.poll(TENANT)).isZero();
        } finally {
            camel.getRouteController().startRoute(route);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> repliesTo(chat) == 2);
        assertThat(offsets.next(TENANT, BOT_ID)).isEqualTo(first + 2);
    }

    /** Above every id used so far, so the stored offset never hides a test's update. */
    private long nextUpdateId() {
        return Math.max(offsets.next(TENANT, BOT_ID), 1_000_000L)
                + ThreadLocalRandom.current().nextLong(1, 1000);
    }

    private long repliesTo(long chatId) {
        return bot.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asLong() == chatId)
                .count();
    }

    private String lastReplyTo(long chatId) {
        return bot.acceptedMessages().stream()
                .filter(m -> m.path("chat_id").asLong() == chatId)
                .reduce((a, b) -> b)
                .map(m -> m.path("text").asText())
                .orElse("");
    }
}
