package com.dentalai.hub.connectors.storage;

import com.adobe.testing.s3mock.S3MockApplication;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * An S3-compatible server in this JVM (Adobe S3Mock) on loopback, for tests and the demo run.
 * Speaks the real S3 REST protocol, presigned URLs included.
 */
public final class S3StandIn implements AutoCloseable {

    private final S3MockApplication app;
    private final int port;

    private S3StandIn(S3MockApplication app, int port) {
        this.app = app;
        this.port = port;
    }

    public static S3StandIn start(String... buckets) {
        Map<String, Object> props = new HashMap<>();
        props.put(S3MockApplication.PROP_HTTP_PORT, 0);
        props.put(S3MockApplication.PROP_HTTPS_PORT, 0);
        props.put(S3MockApplication.PROP_INITIAL_BUCKETS, String.join(",", buckets));
        props.put(S3MockApplication.PROP_SILENT, true);
        props.put("spring.main.banner-mode", "off");
        props.put("server.address", "127.0.0.1");
        // normally from S3Mock's application.properties, which a host application's own
        // application.properties (first on the classpath) shadows
        props.put("com.adobe.testing.s3mock.region", "us-east-1");
        // a command-line argument outranks config files: the host application's application.yaml
        // (the hub's server.port 8080, when started from the hub's tests) must not move the stand-in
        S3MockApplication app = S3MockApplication.start(props, "--" + S3MockApplication.PROP_HTTPS_PORT + "=0");
        return new S3StandIn(app, app.getHttpPort());
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public S3Settings settings(String bucket) {
        return new S3Settings(
                endpoint(), "us-east-1", bucket, "test-access", "test-secret", true, Duration.ofMinutes(5));
    }

    @Override
    public void close() {
        app.stop();
    }
}
