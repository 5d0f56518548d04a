package com.dentalai.hub.platform.integration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.RouteWatcherReloadStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camel's route watcher, with the reload step made per file. Camel's own step re-applies every
 * file of a previously failed reload, so one broken (or since deleted) integrator file would make
 * every later reload fail; here each changed file is applied on its own: its routes are
 * replaced, routes it no longer defines are removed, and a broken file is logged and skipped
 * while the routes it defined before keep running.
 */
final class IntegrationRouteWatcher extends RouteWatcherReloadStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationRouteWatcher.class);

    IntegrationRouteWatcher(Path directory, String pattern) {
        super(directory.toString(), false);
        setPattern(pattern);
        setRemoveAllRoutes(false);
    }

    @Override
    protected void onRouteReload(Collection<Resource> resources, boolean removeEverything) {
        if (resources == null) {
            return; // a properties reload: integrator routes are not touched
        }
        for (Resource resource : resources) {
            apply(getCamelContext(), resource);
        }
    }

    static void apply(CamelContext camel, Resource resource) {
        Set<String> before = routesFrom(camel, resource);
        try {
            if (!resource.exists() || isEmpty(resource)) {
                // deleted, or an editor's first empty write: a complete save follows
                if (!resource.exists()) {
                    remove(camel, before);
                }
                return;
            }
            Set<String> now = PluginHelper.getRoutesLoader(camel).updateRoutes(resource);
            before.removeAll(now);
            remove(camel, before);
            LOG.info("Applied integration routes {} from {} (removed {})", now, resource.getLocation(), before);
        } catch (Exception e) {
            LOG.error(
                    "Integration routes in {} not applied; the previous version keeps running",
                    resource.getLocation(),
                    e);
        }
    }

    private static boolean isEmpty(Resource resource) {
        try {
            return Files.size(Path.of(resource.getURI())) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static Set<String> routesFrom(CamelContext camel, Resource resource) {
        Set<String> ids = new HashSet<>();
        for (Route route : List.copyOf(camel.getRoutes())) {
            Resource source = route.getSourceResource();
            if (source != null && source.getURI().equals(resource.getURI())) {
                ids.add(route.getRouteId());
            }
        }
        return ids;
    }

    private static void remove(CamelContext camel, Set<String> ids) {
        for (String id : ids) {
            try {
                camel.getRouteController().stopRoute(id);
                camel.removeRoute(id);
                LOG.info("Removed integration route {}", id);
            } catch (Exception e) {
                LOG.error("Could not remove integration route {}", id, e);
            }
        }
    }
}
