package com.dentalai.hub.platform.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the integrators' YAML routes from {@code hub.integration.routes-dir} when the hub starts
 * and, with {@code hub.integration.reload}, applies new, edited and deleted files while it runs
 * (Camel's route watcher, told to replace only the routes of the changed file: the hub's own
 * routes keep running; see {@link IntegrationRouteWatcher}). Routes built from these files pass the same gate and error policy as Java routes,
 * because both are applied by Camel to every route it builds.
 */
@Component
public class IntegrationRoutes implements CamelContextConfiguration {

    static final String PATTERN = "*.camel.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(IntegrationRoutes.class);

    private final IntegrationProperties props;

    IntegrationRoutes(IntegrationProperties props) {
        this.props = props;
    }

    /** The absolute folder watched for {@code *.camel.yaml} files. */
    public Path directory() {
        return Path.of(props.routesDir()).toAbsolutePath().normalize();
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        Path dir = directory();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create hub.integration.routes-dir " + dir, e);
        }
        for (Resource resource : resources(camel, dir)) {
            try {
                PluginHelper.getRoutesLoader(camel).loadRoutes(resource);
                LOG.info("Loaded integration routes from {}", resource.getLocation());
            } catch (Exception e) {
                // one broken integrator file must not keep the hub from starting; fix and save it to reload
                LOG.error("Could not load integration routes from {}", resource.getLocation(), e);
            }
        }
        if (props.reload()) {
            IntegrationRouteWatcher watcher = new IntegrationRouteWatcher(dir, PATTERN);
            try {
                camel.addService(watcher);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot watch " + dir + " for route changes", e);
            }
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        // nothing: the watcher runs as a context service
    }

    private static List<Resource> resources(CamelContext camel, Path dir) {
        List<Resource> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PATTERN)) {
            for (Path file : files) {
                found.add(ResourceHelper.resolveResource(camel, "file:" + file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        found.sort((a, b) -> a.getLocation().compareTo(b.getLocation()));
        return found;
    }
}
