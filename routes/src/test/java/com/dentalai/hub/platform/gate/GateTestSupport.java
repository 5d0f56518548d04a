package com.dentalai.hub.platform.gate;

import com.dentalai.hub.domain.security.Principal;
import com.dentalai.hub.domain.security.Role;
import com.dentalai.hub.platform.context.HubContext;
import java.util.Set;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** Principals and calls the gate tests share. */
public final class GateTestSupport {

    private GateTestSupport() {}

    /** A platform-wide system principal: holds ODOO_READ, ODOO_WRITE, WEBHOOK_INGEST, SCHEDULER_RUN. */
    public static HubContext system(String name) {
        return new HubContext(
                null, Principal.system(name, null), "test", UUID.randomUUID().toString());
    }

    /** A platform operator: DEAD_LETTERS_MANAGE, ROUTES_OPERATE … platform-wide. */
    public static Principal operator() {
        return new Principal("op-1", "operator", null, Set.of(Role.OPERATOR));
    }

    /** Someone who holds nothing at all. */
    public static HubContext nobody() {
        return new HubContext(
                null,
                new Principal("nobody", "nobody", null, Set.of()),
                "test",
                UUID.randomUUID().toString());
    }

    public static Exchange send(ProducerTemplate producer, String uri, HubContext context, Object body) {
        return producer.request(uri, exchange -> {
            if (context != null) {
                exchange.setProperty(HubContext.PROPERTY, context);
            }
            exchange.getMessage().setBody(body);
        });
    }

    /** Writes a route file the way an editor's "save" lands: complete, in one rename. */
    public static void writeRouteFile(java.nio.file.Path file, String content) throws java.io.IOException {
        java.nio.file.Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        java.nio.file.Files.writeString(temp, content, java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.move(
                temp,
                file,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static void removeRoute(CamelContext camel, String routeId) throws Exception {
        camel.getRouteController().stopRoute(routeId);
        camel.removeRoute(routeId);
    }
}
