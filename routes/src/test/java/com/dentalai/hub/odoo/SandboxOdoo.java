package com.dentalai.hub.odoo;

import com.dentalai.hub.connectors.odoo.standin.OdooStandInServer;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The Odoo every {@code @HubTest} context talks to: one stand-in server per test JVM, started
 * before the context so the tenants (from config/tenants.yaml) point at it through {@code
 * hub.tenants.odoo-url-override}, with the tenants' password variables set to the stand-in's admin
 * password. Tests reach the server through {@link #server()} to seed records and count calls.
 * Registered in META-INF/spring.factories of the test resources; only for the {@code test} profile.
 */
public final class SandboxOdoo implements EnvironmentPostProcessor {

    private static final class Holder {
        static final OdooStandInServer SERVER = new OdooStandInServer().start();
    }

    public static OdooStandInServer server() {
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
                        "sandbox-odoo",
                        Map.of(
                                "hub.tenants.odoo-url-override", server().url(),
                                "SMILE_ODOO_PASSWORD", "admin",
                                "BRIGHT_ODOO_PASSWORD", "admin")));
    }
}
