package com.dentalai.hub.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP server every {@code @HubTest} context mails to: one GreenMail per test JVM on a free
 * loopback port, started before the context so {@code spring.mail.*} points at it and the
 * notification emails go out over real SMTP ({@code hub.notifications.email.mode=smtp}).
 * Registered in META-INF/spring.factories of the test resources; only for the {@code test} profile.
 */
public final class SandboxSmtp implements EnvironmentPostProcessor {

    private static final class Holder {
        static final GreenMail SERVER = start();

        private static GreenMail start() {
            GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            return mail;
        }
    }

    public static GreenMail server() {
        return Holder.SERVER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "sandbox-smtp",
                        Map.of(
                                "spring.mail.host", "127.0.0.1",
                                "spring.mail.port",
                                        String.valueOf(server().getSmtp().getPort()),
                                "hub.notifications.email.mode", "smtp")));
    }
}
