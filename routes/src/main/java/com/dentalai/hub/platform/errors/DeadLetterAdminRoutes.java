package com.dentalai.hub.platform.errors;

import com.dentalai.hub.platform.gate.GatedRoutes;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Operators list and replay dead letters: two small routes behind the gate, called by the admin API. */
@Component
class DeadLetterAdminRoutes extends RouteBuilder {

    static final String LIST = "direct:dead-letters-list";
    static final String REPLAY = "direct:dead-letters-replay";

    private final DeadLetterReplayer replayer;

    DeadLetterAdminRoutes(DeadLetterReplayer replayer) {
        this.replayer = replayer;
    }

    @Override
    public void configure() {
        from(LIST)
                .routeId("dead-letters-list")
                .routeProperty(GatedRoutes.PERMISSION, "DEAD_LETTERS_MANAGE")
                .bean(replayer, "list");

        from(REPLAY)
                .routeId("dead-letters-replay")
                .routeProperty(GatedRoutes.PERMISSION, "DEAD_LETTERS_MANAGE")
                .bean(replayer, "replay");
    }
}
