package com.dentalai.hub.files;

import com.dentalai.hub.connectors.storage.S3StandIn;
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

    public static final String WEBHOOK_TOKEN = "files-webhook-token-for-tests";

    private static S3StandIn server;

    /** The running stand-in (started by the first context of this JVM). */
    public static synchronized S3StandIn server() {
        if (server == null) {
            throw new IllegalStateException("no S3 stand-in yet: start a @HubTest context first");
        }
        return server;
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
        values.put("hub.files.s3.endpoint", s3.endpoint().toString());
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
