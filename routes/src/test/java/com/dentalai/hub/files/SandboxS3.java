package com.dentalai.hub.files;

import com.dentalai.hub.connectors.StandInCredentials;
import com.dentalai.hub.connectors.storage.S3StandIn;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The S3 every {@code @HubTest} context and the demo run talk to: one in-JVM S3Mock per JVM
 * ({@link S3StandIn}), started before the context so {@code hub.files.s3.endpoint} can point at
 * it, with the key variables set to the stand-in's keys. Test profile: always. Demo profile: when
 * no endpoint is configured or {@code hub.files.embedded=true}. Registered in
 * META-INF/spring.factories of the test resources, so it never reaches the production jar.
 * {@link S3MockAutoConfigurationFilter} keeps the hub's auto-configurations out of S3Mock's own
 * application context.
 */
public final class SandboxS3 implements EnvironmentPostProcessor {

    public static final String WEBHOOK_TOKEN = StandInCredentials.get("stand-in.files.webhook-token");

    private static S3StandIn server;
    private static OutageProxy outage;

    /** The running stand-in (started by the first context of this JVM). */
    public static synchronized S3StandIn server() {
        if (server == null) {
            throw new IllegalStateException("no S3 stand-in yet: start a @HubTest context first");
        }
        return server;
    }

    /**
     * Takes the S3 of the test profile down (every connection cut and refused) or brings it back;
     * the store's contents are kept. Tests that use it must bring it back in a finally block.
     */
    public static synchronized void setDown(boolean down) {
        if (outage == null) {
            throw new IllegalStateException("no S3 outage proxy: only the test profile has one");
        }
        outage.setDown(down);
    }

    /** Connections refused since the test JVM started: S3 clients' attempts during outages. */
    public static synchronized int refusedConnections() {
        return outage == null ? 0 : outage.refused();
    }

    private static synchronized URI testEndpoint(S3StandIn s3) {
        if (outage == null) {
            outage = OutageProxy.start(s3.endpoint());
        }
        return outage.endpoint();
    }

    private static synchronized S3StandIn start(String bucket) {
        if (server == null) {
            server = S3StandIn.start(bucket);
        }
        return server;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> profiles = Arrays.asList(environment.getActiveProfiles());
        boolean test = profiles.contains("test");
        boolean demo = profiles.contains("demo")
                && (environment.getProperty("hub.files.s3.endpoint", "").isBlank()
                        || environment.getProperty("hub.files.embedded", Boolean.class, false));
        if (!test && !demo) {
            return;
        }
        S3StandIn s3 = start(environment.getProperty("hub.files.s3.bucket", "dentalai-files"));
        Map<String, Object> values = new HashMap<>();
        // tests reach S3 through a proxy that can simulate an outage (S3 down during processing)
        values.put("hub.files.s3.endpoint", (test ? testEndpoint(s3) : s3.endpoint()).toString());
        values.put("hub.files.s3.path-style", "true");
        values.put(environment.getProperty("hub.files.s3.access-key-env", "HUB_FILES_S3_ACCESS_KEY"), "test-access");
        values.put(environment.getProperty("hub.files.s3.secret-key-env", "HUB_FILES_S3_SECRET_KEY"), "test-secret");
        String tokenEnv = environment.getProperty("hub.files.webhook-token-env", "HUB_FILES_WEBHOOK_TOKEN");
        if (test || environment.getProperty(tokenEnv) == null) {
            values.put(tokenEnv, WEBHOOK_TOKEN);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-s3", values));
    }
}
