package com.dentalai.hub.channels;

import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.connectors.telegram.TelegramBotApiStandIn;
import com.dentalai.hub.connectors.whatsapp.GraphApiStandIn;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The WhatsApp Graph API and Telegram Bot API every {@code @HubTest} context talks to: one stand-in
 * of each per test JVM, started before the context so {@code hub.channels.*.base-url} point at them,
 * and smile-tlv's channel secrets provided as properties named like the environment variables the
 * tenants file names (ChannelSecrets reads both). Registered in META-INF/spring.factories.
 */
public final class SandboxChannels implements EnvironmentPostProcessor {

    public static final String APP_SECRET = StandInCredentials.get("stand-in.channels.app-secret");
    public static final String VERIFY_TOKEN = StandInCredentials.get("stand-in.channels.verify-token");
    public static final String TELEGRAM_SECRET = StandInCredentials.get("stand-in.channels.telegram-secret");
    /** bright-jerusalem's bot (channels.telegram.mode: polling), served by the same Bot API stand-in. */
    public static final String JERUSALEM_BOT_TOKEN = StandInCredentials.get("stand-in.channels.jerusalem-bot-token");

    private static final class Holder {
        static final GraphApiStandIn GRAPH = new GraphApiStandIn().start();
        static final TelegramBotApiStandIn TELEGRAM = new TelegramBotApiStandIn().start();
    }

    public static GraphApiStandIn graph() {
        return Holder.GRAPH;
    }

    public static TelegramBotApiStandIn telegram() {
        return Holder.TELEGRAM;
    }

    /** The polling tenant's bot: queue updates here for getUpdates, read its replies here. */
    public static TelegramBotApiStandIn jerusalemBot() {
        return Holder.TELEGRAM.addBot(JERUSALEM_BOT_TOKEN);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "sandbox-channels",
                        Map.of(
                                "hub.channels.whatsapp.base-url",
                                graph().url().toString(),
                                "hub.channels.telegram.base-url",
                                telegram().url().toString(),
                                "SMILE_WHATSAPP_APP_SECRET",
                                APP_SECRET,
                                "SMILE_WHATSAPP_VERIFY_TOKEN",
                                VERIFY_TOKEN,
                                "SMILE_WHATSAPP_ACCESS_TOKEN",
                                graph().accessToken(),
                                "SMILE_TELEGRAM_BOT_TOKEN",
                                telegram().token(),
                                "SMILE_TELEGRAM_WEBHOOK_SECRET",
                                TELEGRAM_SECRET,
                                "BRIGHT_JLM_TELEGRAM_BOT_TOKEN",
                                JERUSALEM_BOT_TOKEN)));
    }
}
